import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import pino from 'pino';
import { InProcessEventBus } from '../../../../core/events/in-process-event-bus.js';
import { registerTicket } from '../../../../core/tickets/register-ticket.js';
import type { Database } from '../../../../database/database.js';
import { modelsOf } from '../../../../database/models/index.js';
import { seedTicketDesk, type TicketDesk } from '../../../../database/repositories/tickets/test-support/seed-ticket-desk.js';
import type { TestDatabase } from '../../../../database/test-support/test-database.js';
import { EmbeddedEngine } from '../../../../engine/embedded/embedded-engine.js';
import { createTicketStore } from '../../../../engine/workflows/create-ticket-store.js';
import { createApi } from '../../create-api.js';
import { ApiClient } from '../../test-support/api-client.js';
import { FakeClock } from '../../test-support/fake-clock.js';
import { testPasswordHash } from '../../test-support/test-org.js';

export const PROCESSES_DIR = path.resolve(import.meta.dirname, '../../../../processes');

/** Users who sign in over HTTP (password `<username>-password`): those of the ticket desk, and a designer. */
export type ProcessesTestUser = 'designer' | 'auditor' | 'admin' | 'reza' | 'parisa' | 'sara' | 'nima';

export interface ProcessesTestApi {
  readonly url: string;
  readonly db: Database;
  readonly engine: EmbeddedEngine;
  readonly clock: FakeClock;
  readonly desk: TicketDesk;
  client(language?: string): ApiClient;
  /** A client signed in as `username`; one login per user, since logins are rate-limited per address. */
  as(username: ProcessesTestUser, language?: string): Promise<ApiClient>;
  /** Registers a VPN ticket for سارا as the operator; its process waits at routing (no workers run). */
  registerTicket(description?: string): Promise<{ ticketId: number; trackingCode: string; processInstanceKey: string }>;
  close(): Promise<void>;
}

/**
 * The real API (createApi) on a test database with the ticket desk of the ticket tests, the
 * ticket processes deployed as at start-up, a fake clock and the engine in reach of the test, so
 * that tests can start instances and register tickets as the other parts of the system would.
 */
export async function startProcessesTestApi(database: TestDatabase): Promise<ProcessesTestApi> {
  const logger = pino({ level: 'silent' });
  const clock = new FakeClock('2026-11-23T06:00:00Z');
  const engine = await EmbeddedEngine.create({ db: database.db, logger, realTime: false, now: () => clock.now().getTime() });
  const desk = await seedTicketDesk(database.db);
  const m = modelsOf(database.db);
  const usernames: ProcessesTestUser[] = ['auditor', 'admin', 'reza', 'parisa', 'sara', 'nima'];
  for (const username of usernames) await m.User.update({ passwordHash: await testPasswordHash(`${username}-password`) }, { where: { username } });
  const designer = await m.User.create({ username: 'designer', passwordHash: await testPasswordHash('designer-password'), personId: null, displayName: 'الهام رستمی', language: 'fa', createdAt: clock.now(), updatedAt: clock.now() });
  await m.UserRole.create({ userId: designer.get().id, role: 'designer' });
  const resources = ['ticket-lifecycle.bpmn', 'feedback.bpmn'].map((name) => ({ name, content: fs.readFileSync(path.join(PROCESSES_DIR, name), 'utf8') }));
  await engine.deploy(resources, { actor: 'system' });

  const events = new InProcessEventBus(() => undefined);
  let sequence = 0;
  const random = { nextInt: (maxExclusive: number) => sequence++ % maxExclusive };
  const app = createApi({ db: database.db, engine, logger, clock, random, events, version: 'test', webAppDir: undefined, filesDir: '/nonexistent', secureCookies: false });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const signedIn = new Map<ProcessesTestUser, Promise<ApiClient>>();
  const tickets = { store: createTicketStore(database.db, engine, { policyTtlMs: 0 }), clock, random, events };
  return {
    url,
    db: database.db,
    engine,
    clock,
    desk,
    client: (language = 'fa') => new ApiClient(url, language),
    async as(username, language = 'fa') {
      let client = signedIn.get(username);
      if (client === undefined) {
        client = new ApiClient(url, 'fa').login(username, `${username}-password`);
        signedIn.set(username, client);
      }
      return (await client).inLanguage(language);
    },
    async registerTicket(description = 'وی‌پی‌ان وصل نمی‌شود') {
      const registered = await registerTicket(tickets, { requester: { personId: String(desk.people.sara) }, channel: 'phone', categoryId: String(desk.categories.vpn), description, actor: desk.principals.operator });
      const [row] = await database.db.read.all<{ process_instance_key: string }>('SELECT process_instance_key FROM tickets WHERE id = ?', [registered.ticketId]);
      return { ticketId: registered.ticketId, trackingCode: registered.trackingCode, processInstanceKey: String(row?.process_instance_key) };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await engine.stop();
      await database.dispose();
    },
  };
}
