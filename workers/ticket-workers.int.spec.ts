// The kit and fixtures open their database with createTestDatabase, so `npm test` runs this file on SQLite and again on PostgreSQL.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ZodError } from 'zod';
import { OUTBOX_PROVIDER } from '../core/notifications/sms-outbox.js';
import { registerTicket } from '../core/tickets/register-ticket.js';
import { postponeTicket } from '../core/tickets/postpone-ticket.js';
import { resolveTicket } from '../core/tickets/resolve-ticket.js';
import { startTicket } from '../core/tickets/start-ticket.js';
import { SqlSmsOutbox } from '../database/repositories/sms/sql-sms-outbox.js';
import { SqlSmsTemplates } from '../database/repositories/sms/sql-sms-templates.js';
import { feedbackPrepareWorker } from './feedback-prepare/feedback-prepare-worker.js';
import { feedbackRecordWorker } from './feedback-record/feedback-record-worker.js';
import { smsSendHandler } from './sms-send/sms-send-worker.js';
import { fakeJob } from './test-support/fake-job.js';
import { workerFixture, type WorkerFixture } from './test-support/worker-fixture.js';
import { ticketEscalateWorker } from './ticket-escalate/ticket-escalate-worker.js';
import { ticketResumeWorker } from './ticket-resume/ticket-resume-worker.js';
import { ticketRouteWorker } from './ticket-route/ticket-route-worker.js';
import { ticketSlaWorker } from './ticket-sla/ticket-sla-worker.js';

describe('ticket workers', () => {
  let f: WorkerFixture;
  let ticketId: number;
  before(async () => {
    f = await workerFixture();
    ({ ticketId } = await registerTicket(f.deps, { requester: { personId: String(f.desk.people.sara) }, channel: 'phone', categoryId: String(f.desk.categories.vpn), description: 'وی‌پی‌ان', actor: f.desk.principals.operator }));
  });
  after(() => f.database.dispose());

  it('given ticket.route, when the job runs (twice, as after a crash), then the ticket is routed once and the job completes', async () => {
    const worker = ticketRouteWorker(f.deps);
    for (let i = 0; i < 2; i++) {
      const job = fakeJob({ ticketId }, { key: '42' });
      await worker.handler(job);
      assert.equal(job.outcome?.kind, 'complete');
    }
    const routed = await f.database.db.read.all<Record<string, unknown>>("SELECT COUNT(*) AS n FROM ticket_actions WHERE ticket_id = ? AND kind = 'routed'", [ticketId]);
    assert.equal(Number(routed[0]?.n), 1);
  });

  it('given variables that are not what the model promises, when a job runs, then it throws (an incident) instead of guessing', async () => {
    await assert.rejects(ticketRouteWorker(f.deps).handler(fakeJob({ ticketId: 'abc' })), ZodError);
  });

  it('given ticket.sla, when the job runs, then it completes with the cartables and the escalation due time as ISO text', async () => {
    const job = fakeJob({ ticketId });
    await ticketSlaWorker(f.deps).handler(job);
    assert.deepEqual(job.outcome, { kind: 'complete', variables: { handlingGroups: [`position:${f.desk.positions.networkExpert}`], escalationDueAt: '2026-01-04T06:30:00.000Z' } });
  });

  it('given ticket.escalate before the due time, when the job runs, then nothing moves; after it, the ticket goes up, also when the job repeats', async () => {
    const early = fakeJob({ ticketId });
    await ticketEscalateWorker(f.deps).handler(early);
    assert.deepEqual(early.outcome, { kind: 'complete', variables: { escalated: false } });
    f.setTime('2026-01-04T06:30:00Z');
    for (let i = 0; i < 2; i++) {
      const job = fakeJob({ ticketId }, { key: '77' });
      await ticketEscalateWorker(f.deps).handler(job);
      assert.deepEqual(job.outcome, { kind: 'complete', variables: { escalated: true } });
    }
    const [row] = await f.database.db.read.all<Record<string, unknown>>('SELECT escalation_level FROM tickets WHERE id = ?', [ticketId]);
    assert.equal(Number(row?.escalation_level), 1);
  });

  it('given sms.send with an event header, when the job runs, then the SMS are queued and the relay is woken (left asleep for the outbox, which stores them at once); an unknown event is an incident', async () => {
    let woken = 0;
    const deps = { store: f.deps.store, outbox: new SqlSmsOutbox(f.database.db), templates: new SqlSmsTemplates(f.database.db.read), clock: f.deps.clock, provider: 'kavenegar', queued: () => woken++ };
    const job = fakeJob({ ticketId }, { headers: { event: 'ticket.escalated' } });
    await smsSendHandler(deps)(job);
    assert.equal(job.outcome?.kind, 'complete');
    assert.equal(woken, 1);
    const queued = await f.database.db.read.all<Record<string, unknown>>('SELECT event, to_phone, body FROM sms_messages ORDER BY id');
    assert.deepEqual(queued.map((row) => [row.event, row.to_phone]), [
      ['ticket.escalated.previous', '+989131111111'],
      ['ticket.escalated.new', '+989132222222'],
      ['ticket.escalated.requester', '+989121234567'],
    ]);
    assert.match(String(queued[1]?.body), /^Request \d+ /, 'Maryam reads English');
    assert.deepEqual(new Set((await f.database.db.read.all<{ status: string }>('SELECT status FROM sms_messages')).map((row) => row.status)), new Set(['queued']));

    await smsSendHandler({ ...deps, provider: OUTBOX_PROVIDER })(fakeJob({ ticketId }, { headers: { event: 'ticket.registered' } }));
    const [stored] = await f.database.db.read.all<{ status: string }>("SELECT status FROM sms_messages WHERE event = 'ticket.registered'");
    assert.equal(stored?.status, 'stored');
    assert.equal(woken, 1, 'nothing for the relay to send');
    await assert.rejects(smsSendHandler(deps)(fakeJob({ ticketId }, { headers: { event: 'ticket.deleted' } })), ZodError);
  });

  it('given ticket.resume, when the postponement is over, then the ticket is back in progress; a ticket not postponed is left alone', async () => {
    const other = await registerTicket(f.deps, { requester: { personId: String(f.desk.people.sara) }, channel: 'phone', categoryId: String(f.desk.categories.vpn), description: 'x', actor: f.desk.principals.operator });
    await ticketRouteWorker(f.deps).handler(fakeJob({ ticketId: other.ticketId }, { key: 'route-other' }));
    await startTicket(f.deps, { ticketId: other.ticketId, actor: f.desk.principals.expert });
    await postponeTicket(f.deps, { ticketId: other.ticketId, actor: f.desk.principals.expert, until: new Date('2026-01-05T06:30:00Z'), reason: 'قطعه' });
    const status = async () => (await f.database.db.read.all<Record<string, unknown>>('SELECT status FROM tickets WHERE id = ?', [other.ticketId]))[0]?.status;
    assert.equal(await status(), 'postponed');
    f.setTime('2026-01-05T06:31:00Z');
    const job = fakeJob({ ticketId: other.ticketId }, { key: 'resume-other' });
    await ticketResumeWorker(f.deps).handler(job);
    assert.equal(job.outcome?.kind, 'complete');
    assert.equal(await status(), 'inProgress');
    await ticketResumeWorker(f.deps).handler(fakeJob({ ticketId: other.ticketId }, { key: 'resume-other-again' }));
    assert.equal(await status(), 'inProgress');
  });

  it('given a resolved ticket, when feedback.prepare and feedback.record run, then the instance is remembered and the survey answer concludes it', async () => {
    await resolveTicket(f.deps, { ticketId, actor: f.desk.principals.lead, resolution: 'درست شد' });
    const prepare = fakeJob({ ticketId }, { processInstanceKey: '999' });
    await feedbackPrepareWorker(f.deps).handler(prepare);
    assert.deepEqual(prepare.outcome, { kind: 'complete', variables: { feedbackGroups: ['role:feedbackAgent'], feedbackSurvey: 'agent', feedbackRetryAfter: 'PT4H' } });
    const [row] = await f.database.db.read.all<Record<string, unknown>>('SELECT feedback_process_instance_key FROM tickets WHERE id = ?', [ticketId]);
    assert.equal(row?.feedback_process_instance_key, '999');

    const record = fakeJob({ ticketId, surveyResponse: { kind: 'answered', score: 5, comment: null } });
    await feedbackRecordWorker(f.deps).handler(record);
    assert.deepEqual(record.outcome, { kind: 'complete', variables: { feedbackConclusion: 'closed' } });
    await assert.rejects(feedbackRecordWorker(f.deps).handler(fakeJob({ ticketId, surveyResponse: { kind: 'answered', score: 7 } })), ZodError);
  });
});
