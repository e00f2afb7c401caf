import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { backoffDelay } from './exponential-backoff.js';

const policy = { initialMs: 100, maxMs: 1000, factor: 2, jitter: 0.5 };

describe('backoffDelay', () => {
  it('given no randomness, when retrying, then the delay doubles from half the base', () => {
    assert.deepEqual([0, 1, 2].map((attempt) => backoffDelay(policy, attempt, () => 0)), [50, 100, 200]);
  });

  it('given full randomness, when retrying, then the delay reaches the exponential value', () => {
    assert.deepEqual([0, 1, 2].map((attempt) => backoffDelay(policy, attempt, () => 1)), [100, 200, 400]);
  });

  it('given many retries, when the exponential passes the maximum, then the delay stays capped', () => {
    assert.equal(backoffDelay(policy, 30, () => 1), 1000);
    assert.equal(backoffDelay(policy, 30, () => 0), 500);
  });

  it('given no jitter, when retrying, then the delay is exact', () => {
    assert.equal(backoffDelay({ ...policy, jitter: 0 }, 3, () => 0.7), 800);
  });
});
