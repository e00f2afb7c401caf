/**
 * The embedded deployable: one process that runs the API, the web app, the embedded process
 * engine, the job workers and (when ARI_URL is set) the telephony application.
 */
import { randomInt } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import fs from 'node:fs';
import type { Logger } from 'pino';
import { InProcessEventBus } from '../core/events/in-process-event-bus.js';
import { systemClock } from '../core/time/clock.js';
import { openDatabase } from '../database/open-database.js';
import { migrate } from '../database/migrate.js';
import { seedDemoOrganization } from '../database/seed/seed-demo-organization.js';
import type { ProcessEngine } from '../engine/process-engine.js';
import { createApi } from '../web/api/create-api.js';
import { startTicketWorkers } from './start-ticket-workers.js';
import { startContactCenter } from './start-contact-center.js';
import { seedDemoTickets } from './seed-demo-tickets.js';
import type { Config } from './config/config-schema.js';
import { loadConfig } from './config/load-config.js';
import { createEngine } from './create-engine.js';
import { createLogger } from './create-logger.js';
import { deployProcesses } from './deploy-processes.js';

export interface RunningSystem {
  readonly server: http.Server;
  readonly engine: ProcessEngine;
  stop(): Promise<void>;
}

function packageVersion(): string {
  const file = path.resolve(import.meta.dirname, '..', 'package.json');
  const candidates = [file, path.resolve(import.meta.dirname, '..', '..', '..', 'package.json')];
  for (const candidate of candidates) {
    if (fs.existsSync(candidate)) return (JSON.parse(fs.readFileSync(candidate, 'utf8')) as { version: string }).version;
  }
  return 'unknown';
}

/** How long requests in flight may take to finish when the system stops. */
const SHUTDOWN_GRACE_MS = 3_000;

export async function startAllInOne(config: Config, logger: Logger): Promise<RunningSystem> {
  const db = await openDatabase({ url: config.DATABASE_URL, poolMax: config.DATABASE_POOL_MAX });
  const applied = await migrate(db);
  if (applied.length > 0) logger.info({ migrations: applied }, 'database migrated');
  const seeded = config.SEED_DEMO ? await seedDemoOrganization(db, { clock: systemClock, random: { nextInt: (maxExclusive) => randomInt(maxExclusive) } }) : null;
  if (seeded) logger.info({ seeded }, 'demo organization seeded (logins in README.md, "Demo logins")');
  const engine = await createEngine(config, db, logger);
  if (config.DEPLOY_PROCESSES) await deployProcesses(engine, path.resolve(config.PROCESSES_DIR), logger);
  const events = new InProcessEventBus((error, event) => logger.error({ err: error, event: event.type }, 'a domain event listener failed'));
  const workers = await startTicketWorkers(config, { db, engine, events, logger });
  const contactCenter = startContactCenter(config, { db, engine, events, logger });
  await engine.start();
  // The demo's tickets need the engine and its workers: the open ones run as process instances.
  // A demo that could not be completed is no reason not to serve: the organization is there.
  if (seeded) {
    await seedDemoTickets({ db, engine, clock: systemClock, random: { nextInt: (maxExclusive) => randomInt(maxExclusive) }, events }).then(
      (tickets) => tickets && logger.info({ tickets }, 'demo tickets seeded'),
      (error: unknown) => logger.error({ err: error }, 'the demo tickets could not all be seeded'),
    );
  }
  const app = createApi({
    db,
    engine,
    logger: logger.child({ component: 'api' }),
    clock: systemClock,
    random: { nextInt: (maxExclusive) => randomInt(maxExclusive) },
    events,
    version: packageVersion(),
    webAppDir: path.resolve(config.WEB_APP_DIR),
    filesDir: path.resolve(config.FILES_DIR),
    secureCookies: config.SECURE_COOKIES,
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, () => resolve());
  });
  logger.info({ port: config.PORT, database: db.dialect, engine: config.ENGINE }, 'Pishkhan is listening');
  return {
    server,
    engine,
    async stop() {
      // No new connections; idle keep-alive ones go now, requests in flight may finish; what is
      // left after the grace period (live event streams, which never finish by themselves: their
      // clients reconnect to the next server) is closed, so that a stop never hangs.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const cutOff = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
      await closed;
      clearTimeout(cutOff);
      await contactCenter.stop();
      await workers.close();
      await engine.stop();
      await db.close();
    },
  };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
  const logger = createLogger(config, 'pishkhan');
  const system = await startAllInOne(config, logger).catch((error: unknown) => {
    logger.fatal({ err: error }, 'start-up failed');
    process.exit(1);
  });
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    void system.stop().then(() => process.exit(0));
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) await main();
