import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { TicketStore } from '../../../../core/tickets/ticket-store.js';
import type { Database } from '../../../../database/database.js';
import { modelsOf } from '../../../../database/models/index.js';
import type { TestDatabase } from '../../../../database/test-support/test-database.js';
import { EmbeddedEngine } from '../../../../engine/embedded/embedded-engine.js';
import { createTicketStore } from '../../../../engine/workflows/create-ticket-store.js';
import { registerTicketStepStandIns } from '../../../../engine/workflows/test-support/ticket-step-stand-ins.js';
import { createApi } from '../../create-api.js';
import { ApiClient } from '../../test-support/api-client.js';
import { CountingEventBus } from '../../test-support/counting-event-bus.js';
import { FakeClock } from '../../test-support/fake-clock.js';
import { createTestOrg, type TestOrg } from '../../test-support/test-org.js';

export interface TicketApi {
  readonly url: string;
  readonly db: Database;
  readonly org: TestOrg;
  readonly clock: FakeClock;
  readonly filesDir: string;
  /** Runs the process steps that are due (routing, planning, feedback preparation). */
  settle(): Promise<void>;
  as(username: string, language?: string): Promise<ApiClient>;
  client(language?: string): ApiClient;
  close(): Promise<void>;
}

const processes = path.resolve(import.meta.dirname, '../../../../processes');

/**
 * The real API over HTTP with the ticket processes deployed on an embedded engine whose steps are
 * taken by stand-ins for the workers (workers/ may not be imported from web/api). The test org's
 * network tickets go to its network expert, everything else to the operator's message center.
 */
export async function startTicketApi(database: TestDatabase): Promise<TicketApi> {
  const { db } = database;
  const clock = new FakeClock('2026-11-23T06:00:00Z');
  const org = await createTestOrg(db);
  const m = modelsOf(db);
  const now = clock.now();
  await db.transaction(async (tx) => {
    const options = { transaction: tx.transaction };
    const rule = (await m.RoutingRule.create({ categoryId: org.categories.network, targetKind: 'positions', createdAt: now, updatedAt: now }, options)).get().id;
    await m.RoutingRulePosition.create({ ruleId: rule, positionId: org.positions.networkExpert }, options);
    await m.SlaTarget.create({ responseMinutes: 60, resolutionMinutes: 480, createdAt: now, updatedAt: now }, options);
    await m.Setting.create({ name: 'org.messageCenterPosition', value: JSON.stringify({ positionId: org.positions.operatorPost }), updatedAt: now }, options);
  });
  const logger = pino({ level: 'silent' });
  const engine = await EmbeddedEngine.create({ db, logger, now: () => clock.now().getTime(), realTime: false });
  await engine.start();
  await engine.deploy(['ticket-lifecycle.bpmn', 'feedback.bpmn'].map((name) => ({ name, content: fs.readFileSync(path.join(processes, name), 'utf8') })));
  const store: TicketStore = createTicketStore(db, engine, { policyTtlMs: 0 });
  registerTicketStepStandIns(engine, { store, clock, random: { nextInt: () => 0 }, events: { publish: () => undefined } });

  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pishkhan-files-'));
  let sequence = 0;
  const app = createApi({
    db,
    engine,
    logger,
    clock,
    random: { nextInt: (maxExclusive) => (sequence = (sequence * 48271 + 11) % 2147483647) % maxExclusive },
    events: new CountingEventBus(),
    version: 'test',
    webAppDir: undefined,
    filesDir,
    secureCookies: false,
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    db,
    org,
    clock,
    filesDir,
    settle: () => engine.runDueWork(),
    as: (username, language = 'fa') => new ApiClient(url, language).login(username, `${username}-password`),
    client: (language = 'fa') => new ApiClient(url, language),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await engine.stop();
      await database.dispose();
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

/** Uploads a file as a browser form would, with the client's session and CSRF header. */
export async function uploadFile(client: ApiClient, pathname: string, file: { name: string; type: string; bytes: Uint8Array }): Promise<{ status: number; body: unknown }> {
  const form = new FormData();
  form.append('file', new Blob([file.bytes], { type: file.type }), file.name);
  const headers: Record<string, string> = { Cookie: [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; ') };
  const csrf = client.cookies.get('XSRF-TOKEN');
  if (csrf !== undefined) headers['X-XSRF-TOKEN'] = csrf;
  const response = await fetch(`${client.baseUrl}${pathname}`, { method: 'POST', headers, body: form });
  const text = await response.text();
  return { status: response.status, body: text === '' ? text : (JSON.parse(text) as unknown) };
}
