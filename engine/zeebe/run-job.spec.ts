import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import pino from 'pino';
import { BusinessRuleError } from '../../core/errors/business-rule-error.js';
import { TransientError } from '../../core/errors/transient-error.js';
import { EngineNotFoundError } from '../engine-errors.js';
import type { JobHandler, JobOutcome } from '../job-worker.js';
import { runJob, type ActivatedJob } from './run-job.js';

const logger = pino({ level: 'silent' });
const backoff = { baseMs: 500, attempt: 1, maxMs: 60_000 };

interface Sent {
  readonly action: 'complete' | 'fail' | 'error';
  readonly request: unknown;
}

function activatedJob(sent: Sent[], overrides: Partial<ActivatedJob> = {}, rejectWith?: unknown): ActivatedJob {
  const record = (action: Sent['action']) => async (request: unknown) => {
    sent.push({ action, request });
    if (rejectWith !== undefined) throw rejectWith;
    return 'JOB_ACTION_ACKNOWLEDGEMENT';
  };
  return {
    key: '2251799813685301',
    type: 'sms.send',
    processInstanceKey: '2251799813685290',
    bpmnProcessId: 'ticket-lifecycle',
    processDefinitionKey: '2251799813685250',
    elementId: 'SendSms',
    elementInstanceKey: '2251799813685300',
    retries: 3,
    deadline: '1795000000000',
    customHeaders: { template: 'ticket-created' },
    variables: { ticketId: 't-1' },
    complete: record('complete'),
    fail: record('fail'),
    error: record('error'),
    ...overrides,
  };
}

describe('runJob', () => {
  it('gives the handler the job with keys, headers, variables and deadline', async () => {
    const sent: Sent[] = [];
    let seen: { key: string; header: string | undefined; ticketId: unknown; deadline: number; definition: string } | undefined;
    const handler: JobHandler = async (job) => {
      seen = { key: job.key, header: job.customHeaders.template, ticketId: job.variables.ticketId, deadline: job.deadline.getTime(), definition: job.processDefinitionKey };
      return job.complete({ sent: true });
    };
    const run = await runJob(handler, activatedJob(sent), backoff, logger);
    assert.deepEqual(seen, { key: '2251799813685301', header: 'ticket-created', ticketId: 't-1', deadline: 1795000000000, definition: '2251799813685250' });
    assert.deepEqual(sent, [{ action: 'complete', request: { sent: true } }]);
    assert.deepEqual(run, { outcome: 'complete', transient: false });
  });

  it('sends a failure with retries minus one when the handler gives none', async () => {
    const sent: Sent[] = [];
    await runJob(async (job) => job.fail({ errorMessage: 'no answer' }), activatedJob(sent), backoff, logger);
    assert.deepEqual(sent, [{ action: 'fail', request: { errorMessage: 'no answer', retries: 2, retryBackOff: 0, variables: {} } }]);
  });

  it('sends a BPMN error with its code and variables', async () => {
    const sent: Sent[] = [];
    await runJob(async (job) => job.error({ errorCode: 'NO_OPERATOR', variables: { reason: 'night' } }), activatedJob(sent), backoff, logger);
    assert.deepEqual(sent, [{ action: 'error', request: { errorCode: 'NO_OPERATOR', errorMessage: '', variables: { reason: 'night' } } }]);
  });

  it('turns a thrown BusinessRuleError into a BPMN error', async () => {
    const sent: Sent[] = [];
    const run = await runJob(
      async () => {
        throw new BusinessRuleError('TICKET_CLOSED', 'closed already');
      },
      activatedJob(sent),
      backoff,
      logger,
    );
    assert.deepEqual(sent, [{ action: 'error', request: { errorCode: 'TICKET_CLOSED', errorMessage: 'closed already', variables: {} } }]);
    assert.deepEqual(run, { outcome: 'error', transient: false });
  });

  it('turns a thrown TransientError into a failure with retries minus one and a doubled backoff', async () => {
    const sent: Sent[] = [];
    const run = await runJob(
      async () => {
        throw new TransientError('gateway 503');
      },
      activatedJob(sent),
      backoff,
      logger,
    );
    assert.deepEqual(sent, [{ action: 'fail', request: { errorMessage: 'TransientError: gateway 503', retries: 2, retryBackOff: 1_000, variables: {} } }]);
    assert.deepEqual(run, { outcome: 'fail', transient: true });
  });

  it('turns any other thrown error into a failure without retries', async () => {
    const sent: Sent[] = [];
    await runJob(
      async () => {
        throw new RangeError('bad index');
      },
      activatedJob(sent),
      backoff,
      logger,
    );
    assert.deepEqual(sent, [{ action: 'fail', request: { errorMessage: 'RangeError: bad index', retries: 0, retryBackOff: 0, variables: {} } }]);
  });

  it('refuses a second outcome and reports only the first', async () => {
    const sent: Sent[] = [];
    let refusal: unknown;
    await runJob(
      async (job) => {
        const outcome = await job.complete();
        refusal = await job.fail({ errorMessage: 'again' }).catch((error: unknown) => error);
        return outcome;
      },
      activatedJob(sent),
      backoff,
      logger,
    );
    assert.equal(sent.length, 1);
    assert.ok(refusal instanceof Error);
  });

  it('does not send a second outcome when the handler throws after completing', async () => {
    const sent: Sent[] = [];
    await runJob(
      async (job) => {
        await job.complete();
        throw new TransientError('too late');
      },
      activatedJob(sent),
      backoff,
      logger,
    );
    assert.deepEqual(sent.map((s) => s.action), ['complete']);
  });

  it('fails the job without retries when a handler returns no outcome', async () => {
    const sent: Sent[] = [];
    await runJob(async () => ({}) as JobOutcome, activatedJob(sent), backoff, logger);
    assert.deepEqual(sent, [{ action: 'fail', request: { errorMessage: 'the job handler returned without an outcome', retries: 0, retryBackOff: 0, variables: {} } }]);
  });

  it('maps a rejected outcome to the port errors (NOT_FOUND: the job is gone)', async () => {
    const sent: Sent[] = [];
    const notFound = Object.assign(new Error('5 NOT_FOUND: Command rejected'), { code: 5, details: 'Command rejected' });
    let seen: unknown;
    await runJob(
      async (job) => {
        try {
          return await job.complete();
        } catch (error) {
          seen = error;
          throw error;
        }
      },
      activatedJob(sent, {}, notFound),
      backoff,
      logger,
    );
    assert.ok(seen instanceof EngineNotFoundError);
    assert.equal(sent.length, 1);
  });
});
