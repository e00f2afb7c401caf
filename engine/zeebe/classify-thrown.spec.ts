import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BusinessRuleError } from '../../core/errors/business-rule-error.js';
import { TransientError } from '../../core/errors/transient-error.js';
import { classifyThrown } from './classify-thrown.js';

const backoff = { baseMs: 1_000, attempt: 0, maxMs: 60_000 };

describe('classifyThrown', () => {
  it('turns a BusinessRuleError into a BPMN error with its code', () => {
    const outcome = classifyThrown(new BusinessRuleError('TICKET_CLOSED', 'the ticket is closed'), 3, backoff);
    assert.deepEqual(outcome, { kind: 'error', errorCode: 'TICKET_CLOSED', errorMessage: 'the ticket is closed' });
  });

  it('turns a TransientError into a failure with one retry less and the base backoff', () => {
    const outcome = classifyThrown(new TransientError('gateway answered 503'), 3, backoff);
    assert.deepEqual(outcome, { kind: 'fail', errorMessage: 'TransientError: gateway answered 503', retries: 2, retryBackoffMs: 1_000, transient: true });
  });

  it('doubles the backoff for each earlier transient failure, up to the cap', () => {
    const third = classifyThrown(new TransientError('x'), 3, { ...backoff, attempt: 2 });
    assert.equal(third.kind === 'fail' ? third.retryBackoffMs : undefined, 4_000);
    const late = classifyThrown(new TransientError('x'), 3, { ...backoff, attempt: 20 });
    assert.equal(late.kind === 'fail' ? late.retryBackoffMs : undefined, 60_000);
  });

  it('lets a TransientError on the last retry raise an incident (no retries left)', () => {
    const outcome = classifyThrown(new TransientError('still down'), 1, backoff);
    assert.equal(outcome.kind === 'fail' ? outcome.retries : undefined, 0);
  });

  it('turns any other error into a failure without retries', () => {
    const outcome = classifyThrown(new TypeError('cannot read x of undefined'), 3, backoff);
    assert.deepEqual(outcome, { kind: 'fail', errorMessage: 'TypeError: cannot read x of undefined', retries: 0, retryBackoffMs: 0, transient: false });
  });

  it('describes a thrown non-error value', () => {
    const outcome = classifyThrown('boom', 3, backoff);
    assert.equal(outcome.kind === 'fail' ? outcome.errorMessage : undefined, 'non-error value thrown: boom');
  });
});
