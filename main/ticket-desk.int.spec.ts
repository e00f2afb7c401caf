/**
 * The ticket desk end to end: the real use cases, repositories, workers and models on the embedded
 * engine with a fake clock. It lives with the composition root because only the composition root
 * may import the workers, the engine's test kit and the database together. The kit opens its
 * database with createTestDatabase, so `npm test` runs it on SQLite and again on PostgreSQL.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import type { Principal } from '../core/access/principal.js';
import type { DomainEvent } from '../core/events/domain-events.js';
import { getTicket } from '../core/tickets/get-ticket.js';
import { recordFeedback } from '../core/tickets/record-feedback.js';
import { registerTicket } from '../core/tickets/register-ticket.js';
import { resolveTicket } from '../core/tickets/resolve-ticket.js';
import { startTicket } from '../core/tickets/start-ticket.js';
import type { TicketDeps } from '../core/tickets/ticket-deps.js';
import { SqlSmsOutbox } from '../database/repositories/sms/sql-sms-outbox.js';
import { SqlSmsTemplates } from '../database/repositories/sms/sql-sms-templates.js';
import { seedTicketDesk, type TicketDesk } from '../database/repositories/tickets/test-support/seed-ticket-desk.js';
import { createProcessTestKit, type ProcessTestKit } from '../engine/test-kit/process-test-kit.js';
import { createTicketStore } from '../engine/workflows/create-ticket-store.js';
import { USER_TASKS } from '../processes/contract.js';
import { registerWorkers, type RegisteredWorkers } from '../workers/register-workers.js';
import type { SmsMessage } from '../workers/sms-send/sms-provider.js';

type Row = Record<string, unknown>;
const processes = path.resolve(import.meta.dirname, '../processes');

describe('the ticket desk end to end (embedded engine, fake clock)', () => {
  let kit: ProcessTestKit;
  let desk: TicketDesk;
  let deps: TicketDeps;
  let workers: RegisteredWorkers;
  const sent: SmsMessage[] = [];
  const events: DomainEvent[] = [];

  before(async () => {
    // Wednesday 1404/10/17 14:00 in Tehran. Thursday is a half day, Friday is off, and Saturday 1404/10/20 is made a holiday.
    kit = await createProcessTestKit({ startAt: '2026-01-07T10:30:00Z' });
    const db = kit.db!;
    desk = await seedTicketDesk(db, { 'sla.escalationPolicy': { clock: 'resolution', firstAfterMinutes: 0, repeatEveryMinutes: 240, maxEscalations: 3 } });
    await db.transaction((tx) => tx.sql.all("INSERT INTO holidays (year, month, day, name_fa, created_at, updated_at) VALUES (1404, 10, 20, 'تعطیل', '2026-01-01 00:00:00.000 +00:00', '2026-01-01 00:00:00.000 +00:00')"));
    await kit.deploy(path.join(processes, 'ticket-lifecycle.bpmn'), path.join(processes, 'feedback.bpmn'));
    let seed = 5;
    deps = { store: createTicketStore(db, kit.engine, { policyTtlMs: 0 }), clock: { now: () => kit.now() }, random: { nextInt: (max) => (seed = (seed * 48271) % 2147483647) % max }, events: { publish: (event) => events.push(event) } };
    workers = await registerWorkers(kit.engine, {
      tickets: deps,
      sms: {
        outbox: new SqlSmsOutbox(db),
        templates: new SqlSmsTemplates(db.read),
        provider: { name: 'recording', send: async (message) => (sent.push(message), { status: 'sent', providerMessageId: `m${sent.length}` }) },
      },
      logger: pino({ level: 'silent' }),
      maxJobsActive: 8,
    });
  });
  after(async () => {
    await workers.close();
    await kit.dispose();
  });

  const cartable = async (ticketId: number) => (await kit.db!.read.all<Row>('SELECT position_id FROM ticket_assignments WHERE ticket_id = ?', [ticketId])).map((row) => Number(row.position_id));
  const ticket = async (ticketId: number) => (await kit.db!.read.all<Row>('SELECT * FROM tickets WHERE id = ?', [ticketId]))[0]!;
  const instanceOf = async (ticketId: number) => String((await ticket(ticketId)).process_instance_key);
  const flushSms = async () => {
    await kit.settle();
    await workers.sms.runOnce();
  };
  const register = async (actor: Principal = desk.principals.operator) => {
    const registered = await registerTicket(deps, { requester: { personId: String(desk.people.sara) }, channel: 'phone', categoryId: String(desk.categories.vpn), description: 'وی‌پی‌ان وصل نمی‌شود', actor });
    await kit.settle();
    return registered;
  };

  it('given a ticket nobody handles, when its deadlines pass on the business calendar, then it climbs three levels, skipping the Thursday afternoon, the Friday and the holiday, telling each responsible and the requester once', async () => {
    const { ticketId } = await register();
    assert.deepEqual(await cartable(ticketId), [desk.positions.networkExpert]);
    const first = await kit.userTask(await instanceOf(ticketId), USER_TASKS.handle);
    assert.deepEqual([...first.candidateGroups], [`position:${desk.positions.networkExpert}`]);
    // 120 minutes on Wednesday, 300 on Thursday morning, none on Friday or the Saturday holiday, 60 on Sunday.
    assert.equal(first.dueDate && new Date(first.dueDate).toISOString(), '2026-01-11T05:30:00.000Z', 'escalation due Sunday 09:00');
    await flushSms();
    assert.deepEqual(sent.map((m) => m.to), ['+989121234567'], 'the requester got her tracking code');

    const steps = [
      { at: '2026-01-11T05:30:00Z', to: desk.positions.networkLead, told: ['+989131111111', '+989132222222', '+989121234567'] },
      { at: '2026-01-11T09:30:00Z', to: desk.positions.itManager, told: ['+989132222222', '+989133333333'] },
      { at: '2026-01-12T05:30:00Z', to: desk.positions.ceo, told: ['+989133333333', '+989137777777'] },
    ];
    for (const [index, step] of steps.entries()) {
      const before = sent.length;
      await kit.advance(Date.parse(step.at) - 1 - kit.now().getTime());
      assert.equal((await ticket(ticketId)).escalation_level, index, `not escalated before ${step.at}`);
      await kit.advance(1);
      await flushSms();
      assert.deepEqual(await cartable(ticketId), [step.to], `level ${index + 1} at ${step.at}`);
      const task = await kit.userTask(await instanceOf(ticketId), USER_TASKS.handle);
      assert.deepEqual([...task.candidateGroups], [`position:${step.to}`]);
      assert.deepEqual(sent.slice(before).map((m) => m.to), step.told);
    }
    assert.equal(Number((await ticket(ticketId)).escalation_level), 3);
    await kit.advance('P30D');
    assert.deepEqual(await cartable(ticketId), [desk.positions.ceo], 'the top of the chart: nowhere further to go');
    const statuses = await kit.db!.read.all<Row>("SELECT status FROM sms_messages WHERE event LIKE 'ticket.escalated%'");
    assert.ok(statuses.every((row) => row.status === 'sent'));
  });

  it('given an unsatisfied requester, when the feedback agent records a 1, then the senior reworks it and, satisfied the second time, the ticket closes and its process ends', async () => {
    const { ticketId } = await register();
    const key = await instanceOf(ticketId);
    await startTicket(deps, { ticketId, actor: desk.principals.expert });
    await resolveTicket(deps, { ticketId, actor: desk.principals.expert, resolution: 'پروفایل بازنشانی شد' });
    await kit.settle();
    const feedbackTask = await kit.eventually(async () => (await kit.userTasks({ candidateGroups: ['role:feedbackAgent'] }))[0], 'a feedback task');
    assert.ok(feedbackTask);
    await recordFeedback(deps, { ticketId, actor: desk.principals.feedbackAgent, response: { kind: 'answered', score: 1, comment: 'هنوز وصل نمی‌شود' } });
    await kit.settle();
    assert.deepEqual(await cartable(ticketId), [desk.positions.networkLead], 'the senior of whoever resolved it');
    assert.deepEqual([...(await kit.userTask(key, USER_TASKS.handle)).candidateGroups], [`position:${desk.positions.networkLead}`]);

    await resolveTicket(deps, { ticketId, actor: desk.principals.lead, resolution: 'گواهی کاربر تمدید شد' });
    await kit.settle();
    await kit.eventually(async () => (await kit.userTasks({ candidateGroups: ['role:feedbackAgent'] }))[0], 'a second feedback task');
    await recordFeedback(deps, { ticketId, actor: desk.principals.feedbackAgent, response: { kind: 'answered', score: 5, comment: 'ممنون' } });
    await kit.settle();
    await kit.waitForState(key, 'COMPLETED');
    const view = await getTicket(deps, { ticketId, actor: desk.principals.auditor });
    assert.equal(view.state.status, 'closed');
    assert.equal(view.state.closeReason, 'satisfied');
    assert.equal(view.state.reopenCount, 1);
    assert.deepEqual(view.history.map((entry) => entry.action.kind), ['registered', 'routed', 'started', 'resolved', 'feedback', 'reopened', 'resolved', 'feedback', 'closed']);
    await flushSms();
    const toSara = sent.filter((m) => m.to === '+989121234567' && m.idempotencyKey.includes(`action-`));
    assert.ok(toSara.some((m) => m.idempotencyKey.startsWith('ticket.closed:')), 'she is told it is closed');
  });

  it('given actions in the desk, when they commit, then ticket.changed events carry the cartables to refresh', () => {
    const escalated = events.find((event) => event.type === 'ticket.changed' && event.action === 'escalated');
    assert.ok(escalated && escalated.type === 'ticket.changed');
    assert.deepEqual([...escalated.positionIds].sort(), [desk.positions.networkExpert, desk.positions.networkLead].sort());
  });
});
