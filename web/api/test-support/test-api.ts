import type { Express } from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { Database } from '../../../database/database.js';
import type { TestDatabase } from '../../../database/test-support/test-database.js';
import { EmbeddedEngine } from '../../../engine/embedded/embedded-engine.js';
import { createApi } from '../create-api.js';
import { ApiClient } from './api-client.js';
import { CountingEventBus } from './counting-event-bus.js';
import { FakeClock } from './fake-clock.js';

export interface TestApi {
  /** The Express application, for tests that look at what is mounted. */
  readonly app: Express;
  readonly url: string;
  readonly db: Database;
  readonly clock: FakeClock;
  readonly events: CountingEventBus;
  /** A new browser stand-in with an empty cookie jar. */
  client(language?: string): ApiClient;
  /** A client signed in as `username` (test users' password is `${username}-password`). */
  as(username: string, language?: string): Promise<ApiClient>;
  close(): Promise<void>;
}

export interface TestApiOptions {
  readonly sseHeartbeatMs?: number;
  /** Where files (attachments, call recordings) are read from; none by default. */
  readonly filesDir?: string;
}

/**
 * The real API (createApi) on a test database, listening on a free port of 127.0.0.1, with a fake
 * clock and a real engine. Spec files pass `await createTestDatabase()` themselves: the test command
 * reruns on PostgreSQL the files that name it. The database is disposed of by `close()`.
 */
export async function startTestApi(database: TestDatabase, options: TestApiOptions = {}): Promise<TestApi> {
  const logger = pino({ level: 'silent' });
  const engine = await EmbeddedEngine.create({ db: database.db, logger, realTime: false });
  const clock = new FakeClock();
  const events = new CountingEventBus();
  let sequence = 0;
  const app = createApi({
    db: database.db,
    engine,
    logger,
    clock,
    random: { nextInt: (maxExclusive) => sequence++ % maxExclusive },
    events,
    version: 'test',
    webAppDir: undefined,
    filesDir: options.filesDir ?? '/nonexistent',
    secureCookies: false,
    ...(options.sseHeartbeatMs === undefined ? {} : { sseHeartbeatMs: options.sseHeartbeatMs }),
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    app,
    url,
    db: database.db,
    clock,
    events,
    client: (language = 'fa') => new ApiClient(url, language),
    as: (username, language = 'fa') => new ApiClient(url, language).login(username, `${username}-password`),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await engine.stop();
      await database.dispose();
    },
  };
}
