import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { DomainEvent } from '../../core/events/domain-events.js';
import { completeTelephonyCommand, storeTelephonyCommand, takeDueTelephonyCommands } from '../../database/telephony/telephony-commands.js';
import { createTestDatabase, type TestDatabase } from '../../database/test-support/test-database.js';
import type { Job, JobOutcome } from '../../engine/job-worker.js';
import { CALL_PURPOSES, TASK_HEADERS, TASK_TYPES, VARIABLES } from '../../processes/contract.js';
import { callPlaceHandler } from './call-place-worker.js';

let database: TestDatabase;

beforeEach(async () => {
  database = await createTestDatabase();
});

afterEach(async () => {
  await database.dispose();
});

type Settled = { kind: 'complete'; variables: Record<string, unknown> } | { kind: 'fail'; retries: number | undefined };

/** A `call.place` job as the feedback process hands it out, recording how the handler settles it. */
function surveyJob(ticketId: number, deadlineInMs = 60_000): { job: Job; settled: Settled[] } {
  const settled: Settled[] = [];
  const outcome = {} as JobOutcome;
  const job: Job = {
    key: '2251799813685249',
    type: TASK_TYPES.callPlace,
    processInstanceKey: '1',
    bpmnProcessId: 'feedback',
    processDefinitionKey: '1',
    elementId: 'Task_call',
    elementInstanceKey: '2',
    retries: 3,
    customHeaders: { [TASK_HEADERS.purpose]: CALL_PURPOSES.satisfactionSurvey },
    variables: { [VARIABLES.ticketId]: ticketId },
    deadline: new Date(Date.now() + deadlineInMs),
    complete: async (variables = {}) => (settled.push({ kind: 'complete', variables }), outcome),
    fail: async (failure) => (settled.push({ kind: 'fail', retries: failure.retries }), outcome),
    error: async () => outcome,
  };
  return { job, settled };
}

async function ticket(phone: string | null, personId: number | null = null): Promise<number> {
  const now = new Date();
  const [row] = await database.db.read.all<{ id: number }>(
    `INSERT INTO tickets (tracking_code, channel, request_type, priority_code, subject, description, search_text, requester_person_id, requester_phone, status, registered_at, updated_at)
     VALUES ('40000005', 'phone', 'incident', 'normal', 's', 'd', '', ?, ?, 'resolved', ?, ?) RETURNING id`,
    [personId, phone, now, now],
  );
  return Number(row?.id);
}

/** Plays the telephony process: takes the survey call and ends it as given. */
async function telephonyAnswers(result: (dialAttempt: number, id: number) => Promise<unknown>): Promise<void> {
  for (;;) {
    const taken = await database.db.transaction((tx) => takeDueTelephonyCommands(tx.sql, new Date(Date.now() + 3_600_000)));
    const [survey] = taken;
    if (survey !== undefined && survey.command.kind === 'feedbackCall') {
      const value = await result(survey.command.dialAttempt, survey.id);
      await database.db.transaction((tx) => completeTelephonyCommand(tx.sql, survey.id, value, new Date()));
      if ((value as { next?: number }).next === undefined) return;
      continue;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const clock = { now: () => new Date() };

describe('call.place worker', () => {
  it('given a resolved ticket, when the survey call is answered with 5, then the job completes with that response and the telephony process was woken', async () => {
    const ticketId = await ticket('+989121234567');
    const { job, settled } = surveyJob(ticketId);
    const events: DomainEvent[] = [];

    const handling = callPlaceHandler({ db: database.db, clock, events: { publish: (event) => events.push(event) }, pollMs: 10 })(job);
    await telephonyAnswers(async () => ({ surveyResponse: { kind: 'answered', score: 5, comment: null } }));
    await handling;

    assert.deepEqual(settled, [{ kind: 'complete', variables: { [VARIABLES.surveyResponse]: { kind: 'answered', score: 5, comment: null } } }]);
    assert.equal(events[0]?.type, 'telephony.command');
    const [command] = await database.db.read.all<{ payload: string }>('SELECT payload FROM telephony_commands');
    assert.deepEqual(JSON.parse(command?.payload ?? '{}'), { ticketId, trackingCode: '40000005', phone: '+989121234567', dialAttempt: 1 });
  });

  it('given a first dial not answered, when the redial is answered, then the answer of the redial completes the job', async () => {
    const ticketId = await ticket('+989121234567');
    const { job, settled } = surveyJob(ticketId);

    const handling = callPlaceHandler({ db: database.db, clock, pollMs: 10 })(job);
    await telephonyAnswers(async (dialAttempt, id) => {
      if (dialAttempt > 1) return { surveyResponse: { kind: 'answered', score: 2, comment: null } };
      const next = await database.db.transaction((tx) => storeTelephonyCommand(tx.sql, { kind: 'feedbackCall', ticketId, trackingCode: '40000005', phone: '+989121234567', dialAttempt: 2 }, { at: new Date(), idempotencyKey: `feedback-redial:${id}` }));
      return { next, failure: 'noAnswer' };
    });
    await handling;

    assert.deepEqual(settled, [{ kind: 'complete', variables: { [VARIABLES.surveyResponse]: { kind: 'answered', score: 2, comment: null } } }]);
  });

  it('given a call still going at the job deadline, when handed out again, then the same call is waited for, not a second one', async () => {
    const ticketId = await ticket('+989121234567');
    const first = surveyJob(ticketId, 5300);

    await callPlaceHandler({ db: database.db, clock, pollMs: 10 })(first.job);
    const again = surveyJob(ticketId);
    const handling = callPlaceHandler({ db: database.db, clock, pollMs: 10 })(again.job);
    await telephonyAnswers(async () => ({ surveyResponse: { kind: 'noAnswer' } }));
    await handling;

    assert.deepEqual(first.settled, [{ kind: 'fail', retries: 3 }]);
    assert.deepEqual(again.settled, [{ kind: 'complete', variables: { [VARIABLES.surveyResponse]: { kind: 'noAnswer' } } }]);
    assert.equal((await database.db.read.all('SELECT id FROM telephony_commands')).length, 1);
  });

  it('given a requester known by person only, when the ticket has no number, then their mobile on file is dialled', async () => {
    const now = new Date();
    const [person] = await database.db.read.all<{ id: number }>("INSERT INTO people (personnel_code, first_name, last_name, active, created_at, updated_at) VALUES ('1', 'a', 'b', ?, ?, ?) RETURNING id", [true, now, now]);
    await database.db.read.all("INSERT INTO person_phones (person_id, phone, kind) VALUES (?, '+982188776655', 'work'), (?, '+989351112233', 'mobile')", [person?.id, person?.id]);
    const ticketId = await ticket(null, Number(person?.id));
    const { job } = surveyJob(ticketId);

    const handling = callPlaceHandler({ db: database.db, clock, pollMs: 10 })(job);
    await telephonyAnswers(async () => ({ surveyResponse: { kind: 'noAnswer' } }));
    await handling;

    const [command] = await database.db.read.all<{ payload: string }>('SELECT payload FROM telephony_commands');
    assert.equal(JSON.parse(command?.payload ?? '{}').phone, '+989351112233');
  });

  it('given a ticket with no number at all, when handled, then it completes as not answered without a call', async () => {
    const { job, settled } = surveyJob(await ticket(null));

    await callPlaceHandler({ db: database.db, clock })(job);

    assert.deepEqual(settled, [{ kind: 'complete', variables: { [VARIABLES.surveyResponse]: { kind: 'noAnswer' } } }]);
    assert.equal((await database.db.read.all('SELECT id FROM telephony_commands')).length, 0);
  });
});
