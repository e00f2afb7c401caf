/**
 * The demo on first start: the all-in-one composition on a fresh database seeds the organization,
 * then, once the engine and its workers run, weeks of finished tickets and open tickets with live
 * process instances. Checked over HTTP as the demo logins see it. Runs on SQLite and again on
 * PostgreSQL.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import { InProcessEventBus } from '../core/events/in-process-event-bus.js';
import { systemClock } from '../core/time/clock.js';
import { createTestDatabase, type TestDatabase } from '../database/test-support/test-database.js';
import type { AuditTicketDetail } from '../web/contract/audit.js';
import type { AwaitingFeedbackPage } from '../web/contract/feedback.js';
import type { CartableTicket, CartablesResponse } from '../web/contract/cartable.js';
import type { Page } from '../web/contract/page.js';
import { REPORT_IDS, type ReportResult } from '../web/contract/reports.js';
import type { TicketDetail } from '../web/contract/tickets.js';
import { startAllInOne, type RunningSystem } from './all-in-one.js';
import { loadConfig } from './config/load-config.js';
import { seedDemoTickets } from './seed-demo-tickets.js';

type Row = Record<string, unknown>;

interface Session {
  get<T>(path: string): Promise<{ status: number; body: T }>;
  post<T>(path: string, body: unknown): Promise<{ status: number; body: T }>;
  raw(path: string): Promise<{ status: number; bytes: number }>;
}

describe('the demo tickets on first start (all-in-one, fresh database)', () => {
  let database: TestDatabase;
  let system: RunningSystem;
  /** The system's stop: by the last test, or after all of them. */
  let stopping: Promise<void> | undefined;
  let baseUrl: string;
  let filesDir: string;

  before(async () => {
    database = await createTestDatabase();
    filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pishkhan-demo-'));
    const config = { ...loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent', FILES_DIR: filesDir, WEB_APP_DIR: filesDir, SEED_DEMO: 'true' }), PORT: 0, HOST: '127.0.0.1' };
    system = await startAllInOne(config, pino({ level: 'silent' }));
    baseUrl = `http://127.0.0.1:${(system.server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await (stopping ?? system?.stop());
    await database?.dispose();
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  async function signIn(username: string, password = `${username}-demo`): Promise<Session> {
    const response = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }) });
    assert.equal(response.status, 200, `${username} signs in`);
    const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!);
    const csrf = cookies.find((cookie) => cookie.startsWith('XSRF-TOKEN='))?.slice('XSRF-TOKEN='.length) ?? '';
    const call = async <T>(method: string, url: string, body?: unknown) => {
      const answer = await fetch(`${baseUrl}${url}`, {
        method,
        headers: { Cookie: cookies.join('; '), 'x-xsrf-token': decodeURIComponent(csrf), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: answer.status, body: (await answer.json()) as T };
    };
    const raw = async (url: string) => {
      const answer = await fetch(`${baseUrl}${url}`, { headers: { Cookie: cookies.join('; ') } });
      return { status: answer.status, bytes: (await answer.arrayBuffer()).byteLength };
    };
    return { get: (url) => call('GET', url), post: (url, body) => call('POST', url, body), raw };
  }

  const last30Days = () => {
    const to = new Date();
    return `from=${new Date(to.getTime() - 30 * 86_400_000).toISOString()}&to=${to.toISOString()}`;
  };

  it('given the demo network expert, when he opens his cartable, then open tickets wait there and he can start one through its process', async () => {
    const staff = await signIn('staff');
    const { body: cartables } = await staff.get<CartablesResponse>('/api/cartables');
    const held = cartables.positions.find((position) => position.held);
    assert.ok(held, 'he holds a position');
    assert.ok(held.counts.new >= 1, `new tickets in his cartable: ${JSON.stringify(held.counts)}`);
    assert.ok(held.counts.overdue >= 2, 'some already past their response deadline');
    assert.ok(held.counts.inProgress >= 1, 'one he has started');

    const { body: page } = await staff.get<Page<CartableTicket>>(`/api/cartables/${held.positionId}?tab=new`);
    const ticket = page.items[0]!;
    const { body: detail } = await staff.get<TicketDetail>(`/api/tickets/${ticket.id}`);
    assert.ok(detail.allowedActions.includes('started'), `he may start it: ${detail.allowedActions.join(', ')}`);
    const started = await staff.post<Row>(`/api/tickets/${ticket.id}/start`, {});
    assert.equal(started.status, 200, JSON.stringify(started.body));
    const resolved = await staff.post<Row>(`/api/tickets/${ticket.id}/resolve`, { resolution: 'تنظیمات مودم اصلاح شد' });
    assert.equal(resolved.status, 200, `resolved through the live process: ${JSON.stringify(resolved.body)}`);
  });

  it('given the demo operator, when she opens the message center’s cartable, then a ticket an expert sent back waits there', async () => {
    const operator = await signIn('operator');
    const { body: cartables } = await operator.get<CartablesResponse>('/api/cartables');
    const waiting = cartables.positions.filter((position) => position.held).reduce((sum, position) => sum + position.counts.new + position.counts.overdue, 0);
    assert.ok(waiting >= 1, `tickets in the message center: ${JSON.stringify(cartables.positions.map((position) => position.counts))}`);
  });

  it('given the demo feedback agent, when she opens her list, then resolved tickets wait for the requester’s satisfaction', async () => {
    const feedback = await signIn('feedback');
    // The feedback process offers its task a moment after the resolution.
    let total = 0;
    for (let attempt = 0; attempt < 50 && total < 2; attempt += 1) {
      total = (await feedback.get<AwaitingFeedbackPage>('/api/feedback/tickets')).body.total;
      if (total < 2) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(total >= 2, `resolved tickets awaiting feedback: ${total}`);
  });

  it('given the demo supervisor, when he opens the dashboard for the last 30 days, then it has weeks of numbers and open work', async () => {
    const supervisor = await signIn('supervisor');
    const { status, body } = await supervisor.get<ReportResult>(`/api/reports/dashboard?${last30Days()}`);
    assert.equal(status, 200);
    const kpis = body.tables.find((table) => table.id === 'kpis')!.rows[0]!;
    assert.ok(Number(kpis.registered) >= 100, `registered: ${String(kpis.registered)}`);
    assert.ok(Number(kpis.open) >= 8, `open: ${String(kpis.open)}`);
    assert.ok(Number(kpis.overdue) >= 3, `overdue: ${String(kpis.overdue)}`);
    const trend = body.tables.find((table) => table.id === 'trend')!;
    assert.ok(trend.rows.filter((row) => Number(row.closed) > 0).length >= 15, 'tickets were closed on most working days');

    const { body: operators } = await supervisor.get<ReportResult>(`/api/reports/operators?${last30Days()}`);
    const answered = operators.tables.flatMap((table) => table.rows).reduce((sum, row) => sum + (typeof row.answered === 'number' ? row.answered : 0), 0);
    assert.ok(answered > 50, `calls answered by the operators: ${answered}`);
  });

  it('given the demo history, when the supervisor asks for every report and its CSV and XLSX, then each answers with rows', async () => {
    const supervisor = await signIn('supervisor');
    for (const report of REPORT_IDS) {
      const { status, body } = await supervisor.get<ReportResult>(`/api/reports/${report}?${last30Days()}`);
      assert.equal(status, 200, report);
      assert.ok(body.tables.some((table) => table.rows.length > 0), `${report} has rows`);
      for (const format of ['csv', 'xlsx']) {
        const file = await supervisor.raw(`/api/reports/${report}/export?${last30Days()}&format=${format}`);
        assert.equal(file.status, 200, `${report} as ${format}`);
        assert.ok(file.bytes > 100, `${report} as ${format} has content`);
      }
    }
  });

  it('given a finished ticket of the history, when the auditor and the requester’s staff open it, then its log replays and it has no instance to draw', async () => {
    const [row] = await database.db.read.all<Row>("SELECT id FROM tickets WHERE process_instance_key IS NULL AND status = 'closed' ORDER BY id LIMIT 1");
    assert.ok(row, 'a historical ticket');
    const auditor = await signIn('auditor');
    const { status, body } = await auditor.get<AuditTicketDetail>(`/api/audit/tickets/${String(row.id)}`);
    assert.equal(status, 200);
    assert.equal(body.ticket.processInstanceKey, null);
    assert.equal(body.actions[0]!.kind, 'registered');
    assert.equal(body.actions.at(-1)!.kind, 'closed');
    const { status: detailStatus, body: detail } = await auditor.get<TicketDetail>(`/api/tickets/${String(row.id)}`);
    assert.equal(detailStatus, 200, JSON.stringify(detail));
  });

  it('given a database that has tickets, when the demo tickets step runs again, then it changes nothing', async () => {
    const count = async () => Number((await database.db.read.all<Row>('SELECT COUNT(*) AS count FROM tickets'))[0]!.count);
    const before = await count();
    const again = await seedDemoTickets({ db: database.db, engine: system.engine, clock: systemClock, random: { nextInt: () => 0 }, events: new InProcessEventBus(() => undefined) });
    assert.equal(again, null);
    assert.equal(await count(), before);
  });
  it('given a live event stream open, when the system stops, then it stops within seconds and the stream ends', async () => {
    const login = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'staff', password: 'staff-demo' }) });
    const cookies = login.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!).join('; ');
    const stream = await fetch(`${baseUrl}/api/events`, { headers: { Accept: 'text/event-stream', Cookie: cookies } });
    assert.equal(stream.status, 200);
    const reader = stream.body!.getReader();
    assert.match(new TextDecoder().decode((await reader.read()).value), /retry|ready/);
    const started = Date.now();
    stopping = system.stop();
    await stopping;
    assert.ok(Date.now() - started < 10_000, `stopped in ${Date.now() - started} ms`);
    // Whatever was sent before the stop may still be read; then the stream ends.
    let ended = false;
    for (let reads = 0; reads < 20 && !ended; reads += 1) ended = await reader.read().then((chunk) => chunk.done, () => true);
    assert.ok(ended, 'the stream ended');
  });
});
