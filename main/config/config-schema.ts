import { z } from 'zod';

/**
 * Every setting of every deployable, read from the environment once at start-up.
 * This schema is the one place where settings are documented: `npm run config` prints it.
 */
const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((value) => ['true', '1', 'yes'].includes(value));
const port = z.coerce.number().int().min(1).max(65535);

export const configSchema = z.object({
  PORT: port.default(8080).describe('HTTP port of the API and web app.'),
  HOST: z.string().min(1).default('0.0.0.0').describe('Interface the HTTP server listens on.'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info').describe('Minimum level of the structured (pino) log on stdout.'),
  DATABASE_URL: z
    .string()
    .regex(/^(sqlite:.+|postgres(ql)?:\/\/.+|mssql:\/\/.+)$/, 'must start with sqlite:, postgres:// or mssql://')
    .default('sqlite:./data/pishkhan.sqlite')
    .describe('Database: sqlite:<file> (default, embedded), postgres://user:password@host:5432/db, or mssql://user:password@host:1433/db.'),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10).describe('Connections per process for PostgreSQL and SQL Server.'),
  ENGINE: z.enum(['embedded', 'zeebe']).default('embedded').describe('Process engine: the embedded one (state in the database) or a Zeebe cluster / Camunda SaaS.'),
  ZEEBE_ADDRESS: z.string().optional().describe('Zeebe gRPC address host:port (ENGINE=zeebe), e.g. localhost:26500 or <cluster>.bru-2.zeebe.camunda.io:443.'),
  ZEEBE_REST_ADDRESS: z.string().url().optional().describe('Camunda 8 REST API base URL (user tasks, messages), e.g. http://localhost:8080.'),
  ZEEBE_CLIENT_ID: z.string().optional().describe('OAuth client id for Camunda SaaS or an identity-secured cluster.'),
  ZEEBE_CLIENT_SECRET: z.string().optional().describe('OAuth client secret for Camunda SaaS or an identity-secured cluster.'),
  ZEEBE_OAUTH_URL: z.string().url().optional().describe('OAuth token URL, e.g. https://login.cloud.camunda.io/oauth/token.'),
  ZEEBE_TOKEN_AUDIENCE: z.string().optional().describe('OAuth audience for Zeebe tokens (zeebe.camunda.io for SaaS).'),
  ZEEBE_SECURE: bool.default(false).describe('Use TLS for the gRPC connection (true for SaaS).'),
  JOB_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(32).describe('Jobs one worker type handles at once.'),
  SEED_DEMO: bool.default(true).describe('Seed the demo organization when the database is empty.'),
  WEB_APP_DIR: z.string().min(1).default('./dist/web/browser').describe('Directory of the built web app served at /.'),
  FILES_DIR: z.string().min(1).default('./data/files').describe('Directory of uploaded attachments and call recordings.'),
  SECURE_COOKIES: bool.default(false).describe('Mark session cookies Secure (set true when served over HTTPS).'),
  PROCESSES_DIR: z.string().min(1).default('./processes').describe('Directory of the BPMN models deployed at start-up.'),
  DEPLOY_PROCESSES: bool.default(true).describe('Deploy the models in processes/ at start-up when they changed (a changed model becomes a new version).'),
  TICKET_POLICY_CACHE_SECONDS: z.coerce.number().min(0).max(3600).default(5).describe('How long the ticket desk reuses its reference data (catalogue, routing rules, SLA targets, calendar, settings); a change by an administrator applies at once in the process that made it and after at most this long in others (workers run apart). 0 reads it for every action.'),
  SMS_PROVIDER: z.enum(['outbox', 'kavenegar', 'smpp']).default('outbox').describe('Where SMS go: outbox (kept for the admin to read, nothing is sent), kavenegar (its REST API) or smpp (an SMSC).'),
  SMS_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(6).describe('Attempts at an SMS that keeps failing transiently (30 s backoff, doubled each time) before it is given up.'),
  SMS_STATUS_POLL_SECONDS: z.coerce.number().int().min(10).max(86400).default(60).describe('How often the delivery of sent SMS is asked of providers that are polled (Kavenegar).'),
  KAVENEGAR_API_KEY: z.string().optional().describe('Kavenegar API key (SMS_PROVIDER=kavenegar). A secret: set it in the environment only.'),
  KAVENEGAR_SENDER: z.string().optional().describe('Kavenegar sender line, e.g. 10004346 (SMS_PROVIDER=kavenegar).'),
  KAVENEGAR_BASE_URL: z.string().url().default('https://api.kavenegar.com').describe('Kavenegar API base URL.'),
  SMPP_URL: z.string().regex(/^s?smpp:\/\/.+/, 'must start with smpp:// or ssmpp://').optional().describe('SMSC address (SMS_PROVIDER=smpp), smpp://host:2775 or ssmpp://host:3550 for TLS.'),
  SMPP_SYSTEM_ID: z.string().optional().describe('SMPP system id to bind with (SMS_PROVIDER=smpp).'),
  SMPP_PASSWORD: z.string().optional().describe('SMPP password (SMS_PROVIDER=smpp). A secret: set it in the environment only.'),
  SMPP_SOURCE_ADDR: z.string().optional().describe('SMPP source address: the sender line or name (SMS_PROVIDER=smpp).'),
  ARI_URL: z.string().url().optional().describe('Asterisk ARI base URL, e.g. http://asterisk:8088 (without /ari). When set, the telephony application (IVR, queues, operators, voicemail, feedback calls) runs; see README.md, "Connecting a real Asterisk".'),
  ARI_USERNAME: z.string().min(1).default('pishkhan').describe('ARI user (ari.conf).'),
  ARI_PASSWORD: z.string().optional().describe('ARI password (ari.conf). A secret: set it in the environment only.'),
  ARI_APP: z.string().regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only').default('pishkhan').describe('The Stasis application the dialplan sends callers to: Stasis(pishkhan).'),
  ARI_SOUND_PREFIX: z.string().default('pishkhan/').describe('Folder of the recorded prompts under Asterisk\'s sounds/fa/ (telephony/prompts is copied there).'),
  ARI_RECORDING_FORMAT: z.enum(['wav', 'wav16']).default('wav').describe('Format Asterisk records voicemail and conversations in: wav (8 kHz) or wav16 (16 kHz); both play in every browser.'),
  ARI_DIAL_ENDPOINT: z.string().regex(/\{number\}/, 'must contain {number}').default('PJSIP/{number}@trunk').describe('How automated feedback calls dial a requester: {number} is replaced by the national number, e.g. PJSIP/{number}@trunk.'),
  ARI_CALLER_ID: z.string().default('"Pishkhan" <1500>').describe('Caller ID of the contact center on feedback calls and on operators\' phones when the caller has none.'),
  ARI_DEFAULT_AREA_CODE: z.string().regex(/^[1-8]\d$/, 'two digits without the leading 0, e.g. 21').optional().describe('Area code of caller IDs given without one (8 digits), e.g. 21 for Tehran.'),
});

export type Config = z.infer<typeof configSchema>;
