import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemPrincipal, type Principal } from '../../../core/access/principal.js';
import type { DomainEvent } from '../../../core/events/domain-events.js';
import { canViewTicket } from '../../../core/tickets/can-view-ticket.js';
import { closeTicket } from '../../../core/tickets/close-ticket.js';
import { getTicket } from '../../../core/tickets/get-ticket.js';
import { postponeTicket } from '../../../core/tickets/postpone-ticket.js';
import { referTicket } from '../../../core/tickets/refer-ticket.js';
import { registerTicket } from '../../../core/tickets/register-ticket.js';
import { replayTicket } from '../../../core/tickets/replay-ticket.js';
import { resolveTicket } from '../../../core/tickets/resolve-ticket.js';
import { routeTicket } from '../../../core/tickets/route-ticket.js';
import { startTicket } from '../../../core/tickets/start-ticket.js';
import type { TicketDeps } from '../../../core/tickets/ticket-deps.js';
import type { TicketStore } from '../../../core/tickets/ticket-store.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { cachedTicketPolicy, referenceDataChanged } from './load-ticket-policy.js';
import { SqlTicketDirectory } from './sql-ticket-directory.js';
import { SqlTicketRepository } from './sql-ticket-repository.js';
import { recordingWorkflow } from './test-support/recording-workflow.js';
import { seedTicketDesk, type TicketDesk } from './test-support/seed-ticket-desk.js';
import { ticketVisibilityFilter } from './ticket-visibility-filter.js';

describe('tickets in SQL', () => {
  let database: TestDatabase;
  let desk: TicketDesk;
  let deps: TicketDeps;
  const calls: Array<{ method: string; args: unknown[] }> = [];
  const events: DomainEvent[] = [];
  let now = new Date('2026-01-03T06:30:00Z'); // Saturday 10:00 in Tehran

  before(async () => {
    database = await createTestDatabase();
    desk = await seedTicketDesk(database.db, { 'sla.escalationPolicy': { clock: 'resolution', firstAfterMinutes: 0, repeatEveryMinutes: 120, maxEscalations: 3 } });
    const policy = cachedTicketPolicy(0);
    const store: TicketStore = {
      transaction: (work) =>
        database.db.transaction((tx) =>
          work({ tickets: new SqlTicketRepository(tx.sql), directory: new SqlTicketDirectory(tx.sql), workflow: recordingWorkflow(calls), policy: () => policy(tx.sql), afterCommit: (hook) => tx.afterCommit(hook) }),
        ),
    };
    let seed = 7;
    deps = { store, clock: { now: () => now }, random: { nextInt: (max) => (seed = (seed * 48271) % 2147483647) % max }, events: { publish: (event) => events.push(event) } };
  });
  after(() => database.dispose());

  const register = (description: string, actor: Principal = desk.principals.operator, categoryId = desk.categories.vpn) =>
    registerTicket(deps, { requester: { personId: String(desk.people.sara) }, channel: 'phone', categoryId: String(categoryId), description, actor });

  it('given a registration, when stored and read back, then the read model, log, cartable and process key agree with the use case', async () => {
    const { ticketId, trackingCode } = await register('وي‌پي‌ان از صبح وصل نمي‌شود');
    await routeTicket(deps, { ticketId, actor: systemPrincipal, idempotencyKey: 'job:1' });
    const [row] = await database.db.read.all<Record<string, unknown>>('SELECT * FROM tickets WHERE id = ?', [ticketId]);
    assert.equal(row?.tracking_code, trackingCode);
    assert.equal(row?.status, 'routed');
    assert.equal(row?.priority_code, 'high');
    assert.equal(row?.version, 2);
    assert.equal(row?.process_instance_key, `instance-${ticketId}`);
    assert.ok(String(row?.search_text).includes('ویپیان از صبح وصل نمیشود'));
    assert.equal(new Date(String(row?.resolution_due_at instanceof Date ? row.resolution_due_at.toISOString() : row?.resolution_due_at)).toISOString(), '2026-01-04T06:30:00.000Z', 'Sunday 10:00: 360 minutes on Saturday, 120 on Sunday');
    const assignments = await database.db.read.all<Record<string, unknown>>('SELECT position_id FROM ticket_assignments WHERE ticket_id = ?', [ticketId]);
    assert.deepEqual(assignments.map((a) => Number(a.position_id)), [desk.positions.networkExpert]);
    const view = await getTicket(deps, { ticketId, actor: desk.principals.expert });
    assert.deepEqual(view.history.map((entry) => entry.action.kind), ['registered', 'routed']);
    assert.equal(view.history[0]?.actorName, 'nima', 'the registering user’s name');
    assert.equal(view.state.details.requester.phoneNumber, '+989121234567');
  });

  it('given actions through the whole handling, when replayed from the database, then every field survives the round trip', async () => {
    const { ticketId } = await register('چاپگر');
    await routeTicket(deps, { ticketId, actor: systemPrincipal });
    await startTicket(deps, { ticketId, actor: desk.principals.expert });
    now = new Date(now.getTime() + 60_000);
    await postponeTicket(deps, { ticketId, actor: desk.principals.expert, until: new Date('2026-01-05T05:00:00Z'), reason: 'قطعه' });
    await startTicket(deps, { ticketId, actor: desk.principals.expert });
    await referTicket(deps, { ticketId, actor: desk.principals.expert, toPositionIds: [String(desk.positions.printerExpert), String(desk.positions.networkLead)], note: 'هر دو ببینید', parallel: true });
    const view = await getTicket(deps, { ticketId, actor: desk.principals.lead });
    const postponed = view.history.find((entry) => entry.action.kind === 'postponed')?.action;
    assert.equal(postponed?.kind === 'postponed' && postponed.until.toISOString(), '2026-01-05T05:00:00.000Z');
    assert.deepEqual(view.state.pendingPartPositionIds, [String(desk.positions.printerExpert), String(desk.positions.networkLead)]);
    assert.deepEqual(replayTicket(view.history.map((entry) => entry.action)), view.state);
    assert.deepEqual(calls.at(-1)?.args[1], { outcome: 'referredInParallel', partPositionIds: [String(desk.positions.printerExpert), String(desk.positions.networkLead)] });
  });

  it('given actions that set and clear dates, when each is stored, then the row says what the log says and the columns no action touches stay', async () => {
    const { ticketId, trackingCode } = await register('مانیتور سوخته');
    const row = async () => (await database.db.read.all<Record<string, unknown>>('SELECT * FROM tickets WHERE id = ?', [ticketId]))[0]!;
    const registered = await row();
    const step = async (act: () => Promise<unknown>, expected: { status: string; postponed: boolean; resolved: boolean; responded: boolean }) => {
      now = new Date(now.getTime() + 60_000);
      await act();
      const stored = await row();
      assert.equal(stored.status, expected.status);
      assert.equal(stored.postponed_until !== null, expected.postponed, `postponed_until when ${expected.status}`);
      assert.equal(stored.resolved_at !== null, expected.resolved, `resolved_at when ${expected.status}`);
      assert.equal(stored.first_response_at !== null, expected.responded, `first_response_at when ${expected.status}`);
      assert.equal(new Date(String(stored.updated_at)).getTime(), now.getTime());
      for (const column of ['tracking_code', 'description', 'search_text', 'requester_person_id', 'category_id', 'registered_at']) assert.deepEqual(stored[column], registered[column], column);
    };
    await step(() => routeTicket(deps, { ticketId, actor: systemPrincipal }), { status: 'routed', postponed: false, resolved: false, responded: false });
    await step(() => postponeTicket(deps, { ticketId, actor: desk.principals.expert, until: new Date('2026-01-05T05:00:00Z'), reason: 'قطعه' }), { status: 'postponed', postponed: true, resolved: false, responded: false });
    await step(() => startTicket(deps, { ticketId, actor: desk.principals.expert }), { status: 'inProgress', postponed: false, resolved: false, responded: true });
    await step(() => resolveTicket(deps, { ticketId, actor: desk.principals.expert, resolution: 'تعویض شد' }), { status: 'resolved', postponed: false, resolved: true, responded: true });
    assert.equal((await row()).tracking_code, trackingCode);
  });

  it('given two units of work on one ticket, when the second saw an older version, then it is refused and nothing of it is stored', async () => {
    const { ticketId } = await register('x');
    await routeTicket(deps, { ticketId, actor: systemPrincipal });
    const seen = (await getTicket(deps, { ticketId, actor: desk.principals.expert })).version;
    await startTicket(deps, { ticketId, actor: desk.principals.expert, expectedVersion: seen });
    await assert.rejects(resolveTicket(deps, { ticketId, actor: desk.principals.expert, resolution: 'done', expectedVersion: seen }), /changed meanwhile/);
    const [count] = await database.db.read.all<Record<string, unknown>>('SELECT COUNT(*) AS n FROM ticket_actions WHERE ticket_id = ?', [ticketId]);
    assert.equal(Number(count?.n), 3);
  });

  it('given an idempotency key, when the command is repeated, then the log has it once', async () => {
    const { ticketId } = await register('x');
    await routeTicket(deps, { ticketId, actor: systemPrincipal, idempotencyKey: `job:route-${ticketId}` });
    const again = await routeTicket(deps, { ticketId, actor: systemPrincipal, idempotencyKey: `job:route-${ticketId}` });
    assert.equal(again.repeated, true);
    const [count] = await database.db.read.all<Record<string, unknown>>("SELECT COUNT(*) AS n FROM ticket_actions WHERE ticket_id = ? AND kind = 'routed'", [ticketId]);
    assert.equal(Number(count?.n), 1);
  });

  it('given tickets in many states, when each principal lists them through the SQL filter, then exactly the ones canViewTicket allows come back', async () => {
    const sara = desk.principals.sara;
    const registeredBySara = await registerTicket(deps, { requester: { personId: String(desk.people.sara) }, channel: 'portal', categoryId: String(desk.categories.reports), description: 'گزارش', actor: sara });
    await routeTicket(deps, { ticketId: registeredBySara.ticketId, actor: systemPrincipal });
    const forOmid = await registerTicket(deps, { requester: { personId: String(desk.people.omid) }, channel: 'phone', categoryId: String(desk.categories.printer), description: 'چاپگر', actor: desk.principals.operator });
    await routeTicket(deps, { ticketId: forOmid.ticketId, actor: systemPrincipal });
    const resolved = await register('resolved one');
    await routeTicket(deps, { ticketId: resolved.ticketId, actor: systemPrincipal });
    await resolveTicket(deps, { ticketId: resolved.ticketId, actor: desk.principals.expert, resolution: 'ok' });
    const closed = await register('closed one');
    await closeTicket(deps, { ticketId: closed.ticketId, actor: desk.principals.operator, reason: 'duplicate' });

    const ids = (await database.db.read.all<Record<string, unknown>>('SELECT id FROM tickets ORDER BY id')).map((row) => Number(row.id));
    const { principals } = desk;
    const outsider: Principal = { ...principals.expert, id: 999, personId: 999, positionIds: [desk.positions.ceo], visiblePositionIds: [desk.positions.ceo] };
    for (const principal of [...Object.values(principals), outsider, systemPrincipal]) {
      const filter = ticketVisibilityFilter(principal, 't');
      const listed = (await database.db.read.all<Record<string, unknown>>(`SELECT t.id FROM tickets t WHERE ${filter.sql} ORDER BY t.id`, filter.params)).map((row) => Number(row.id));
      const allowed: number[] = [];
      for (const id of ids) {
        const ticket = await database.db.transaction((tx) => new SqlTicketRepository(tx.sql).load(id));
        const state = replayTicket(ticket!.history.map((entry) => entry.action))!;
        if (canViewTicket(principal, { requesterPersonId: state.details.requester.personId, status: state.status, involvedPositionIds: ticket!.involvedPositionIds })) allowed.push(id);
      }
      assert.deepEqual(listed, allowed, `${principal.kind} ${[...principal.roles].join(',')} ${principal.id}`);
    }
    const expertSees = (await database.db.read.all<Record<string, unknown>>(`SELECT t.id FROM tickets t WHERE ${ticketVisibilityFilter(principals.expert, 't').sql}`, ticketVisibilityFilter(principals.expert, 't').params)).map((row) => Number(row.id));
    assert.ok(!expertSees.includes(forOmid.ticketId), 'the expert does not see the printer ticket');
    assert.ok(expertSees.includes(resolved.ticketId));
  });

  it('given settings rows, when the policy is loaded, then they override the defaults and a bad one names itself', async () => {
    const policy = await cachedTicketPolicy(0)(database.db.read);
    assert.equal(policy.settings.escalation.repeatEveryMinutes, 120);
    assert.equal(policy.settings.messageCenterPositionId, String(desk.positions.messageCenter), 'found by its code');
    assert.ok(policy.categories.get(String(desk.categories.reports))?.selectable);
    assert.equal(policy.categories.get(String(desk.categories.automation))?.selectable, false);
    await database.db.transaction((tx) => tx.sql.all("INSERT INTO settings (name, value, updated_at) VALUES ('feedback.policy', '{\"unsatisfiedAtOrBelow\": 7, \"maxAttempts\": 1}', '2026-01-01 00:00:00.000 +00:00')"));
    await assert.rejects(cachedTicketPolicy(0)(database.db.read), /feedback\.policy is invalid/);
    await database.db.transaction((tx) => tx.sql.all("DELETE FROM settings WHERE name = 'feedback.policy'"));
    await database.db.transaction((tx) =>
      tx.sql.all("INSERT INTO settings (name, value, updated_at) VALUES ('org.messageCenterPosition', ?, '2026-01-01 00:00:00.000 +00:00'), ('calendar.business', ?, '2026-01-01 00:00:00.000 +00:00')", [
        JSON.stringify({ positionId: desk.positions.networkLead }),
        JSON.stringify({ timeZone: 'Asia/Tehran', week: { saturday: [{ start: '09:00', end: '12:00' }] } }),
      ]),
    );
    const configured = await cachedTicketPolicy(0)(database.db.read);
    assert.equal(configured.settings.messageCenterPositionId, String(desk.positions.networkLead), 'the shared setting wins over the code');
    assert.deepEqual(configured.calendar.week.saturday, [{ start: 540, end: 720 }]);
    assert.deepEqual(configured.calendar.week.sunday, []);
    await database.db.transaction((tx) => tx.sql.all("DELETE FROM settings WHERE name IN ('org.messageCenterPosition', 'calendar.business')"));
  });

  it('given a cached policy, when the reference data changes, then it is read again after its time-to-live, or at once when an administrator\'s change says so', async () => {
    let clock = 0;
    const policy = cachedTicketPolicy(60_000, () => clock);
    const priorities = async () => (await policy(database.db.read)).priorities.map((priority) => priority.code);
    assert.ok(!(await priorities()).includes('whenever'));
    await database.db.transaction((tx) => tx.sql.all("INSERT INTO priorities (code, name_fa, name_en, color, rank_order, is_default, active, created_at, updated_at) VALUES ('whenever', 'هر وقت', 'Whenever', '#999999', 99, ?, ?, '2026-01-01 00:00:00.000 +00:00', '2026-01-01 00:00:00.000 +00:00')", [false, true]));
    try {
      assert.ok(!(await priorities()).includes('whenever'), 'reused within its time-to-live');
      referenceDataChanged();
      assert.ok((await priorities()).includes('whenever'), 'read again after a change');
      await database.db.transaction((tx) => tx.sql.all("UPDATE priorities SET active = ? WHERE code = 'whenever'", [false]));
      clock += 60_000;
      assert.equal((await policy(database.db.read)).priorities.find((priority) => priority.code === 'whenever')?.active, false, 'read again once it expired');
    } finally {
      await database.db.transaction((tx) => tx.sql.all("DELETE FROM priorities WHERE code = 'whenever'"));
    }
  });

  it('given a committed action, when the transaction ends, then ticket.changed was published once per action', () => {
    assert.ok(events.length > 10);
    assert.ok(events.every((event) => event.type === 'ticket.changed'));
  });
});
