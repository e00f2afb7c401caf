import type { Logger } from 'pino';
import type { Database } from '../database/database.js';
import { EmbeddedEngine } from '../engine/embedded/embedded-engine.js';
import type { ProcessEngine } from '../engine/process-engine.js';
import { ZeebeProcessEngine } from '../engine/zeebe/zeebe-process-engine.js';
import type { Config } from './config/config-schema.js';
import { ConfigError } from './config/load-config.js';

/** The process engine the configuration names: the embedded interpreter, or a Zeebe cluster / Camunda SaaS. */
export async function createEngine(config: Config, db: Database, logger: Logger): Promise<ProcessEngine> {
  const engineLogger = logger.child({ component: 'engine' });
  if (config.ENGINE === 'embedded') return EmbeddedEngine.create({ db, logger: engineLogger });
  if (!config.ZEEBE_ADDRESS || !config.ZEEBE_REST_ADDRESS) {
    throw new ConfigError(['ZEEBE_ADDRESS and ZEEBE_REST_ADDRESS: both are required when ENGINE=zeebe']);
  }
  const oauth =
    config.ZEEBE_CLIENT_ID && config.ZEEBE_CLIENT_SECRET && config.ZEEBE_OAUTH_URL
      ? { clientId: config.ZEEBE_CLIENT_ID, clientSecret: config.ZEEBE_CLIENT_SECRET, url: config.ZEEBE_OAUTH_URL, ...(config.ZEEBE_TOKEN_AUDIENCE ? { audience: config.ZEEBE_TOKEN_AUDIENCE } : {}) }
      : undefined;
  return new ZeebeProcessEngine(
    {
      grpcAddress: config.ZEEBE_ADDRESS,
      restAddress: config.ZEEBE_REST_ADDRESS,
      secure: config.ZEEBE_SECURE,
      ...(oauth ? { oauth } : {}),
      defaultMaxJobsActive: config.JOB_WORKER_CONCURRENCY,
    },
    db,
    engineLogger,
  );
}
