import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TransientError } from '../../core/errors/transient-error.js';
import { EngineNotFoundError, EngineRejectionError } from '../engine-errors.js';
import { deliveryVerdict } from './outbox-delivery.js';

const notFound = new EngineNotFoundError('user task', '1');

describe('deliveryVerdict', () => {
  it('counts completing an already completed (vanished) user task as done', () => {
    assert.equal(deliveryVerdict('complete-user-task', notFound), 'done');
  });

  it('counts cancelling a finished instance and resolving a resolved incident as done', () => {
    assert.equal(deliveryVerdict('cancel', notFound), 'done');
    assert.equal(deliveryVerdict('resolve-incident', notFound), 'done');
  });

  it('counts a publish rejected for its buffered message id as done', () => {
    assert.equal(deliveryVerdict('publish', new EngineRejectionError('ALREADY_EXISTS', 'message id buffered')), 'done');
  });

  it('retries transient failures and unknown errors', () => {
    assert.equal(deliveryVerdict('start', new TransientError('unavailable')), 'retry');
    assert.equal(deliveryVerdict('publish', new Error('401 unauthorized')), 'retry');
  });

  it('retries a user task that an earlier send is still changing', () => {
    assert.equal(deliveryVerdict('complete-user-task', new EngineRejectionError('INVALID_STATE', 'COMPLETING')), 'retry');
  });

  it('gives up on starting a process that is not deployed and on invalid arguments', () => {
    assert.equal(deliveryVerdict('start', new EngineNotFoundError('process', 'ticket')), 'failed');
    assert.equal(deliveryVerdict('set-variables', new EngineRejectionError('INVALID_ARGUMENT', 'not an object')), 'failed');
  });
});
