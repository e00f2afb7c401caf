import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import pino from 'pino';
import { TransientError } from '../../core/errors/transient-error.js';
import { createTestDatabase, type TestDatabase } from '../../database/test-support/test-database.js';
import { ZeebeProcessEngine } from './zeebe-process-engine.js';

// Always runs: the adapter pointed at a port on this machine where nothing listens.

describe('ZeebeProcessEngine without a reachable cluster', () => {
  let test: TestDatabase;
  let engine: ZeebeProcessEngine;

  before(async () => {
    test = await createTestDatabase();
    engine = new ZeebeProcessEngine(
      { grpcAddress: '127.0.0.1:1', restAddress: 'http://127.0.0.1:1', secure: false, commandRetries: 0, stopTimeoutMs: 1_000, outboxSweepIntervalMs: 3_600_000 },
      test.db,
      pino({ level: 'silent' }),
    );
    engine.createWorker({ taskType: 'pishkhan.unreachable', handler: async (job) => job.complete() });
    await engine.start();
  });
  after(async () => {
    await engine.stop();
    await test.dispose();
  });

  it('reports itself down with the reason', async () => {
    const health = await engine.health();
    assert.equal(health.kind, 'zeebe');
    assert.equal(health.state, 'down');
    assert.ok(health.detail);
  });

  it('fails a direct command with a TransientError', async () => {
    await assert.rejects(engine.publishMessage({ name: 'customer-replied', correlationKey: 'T-1' }), TransientError);
  });

  it('keeps a command given a transaction in the outbox until the cluster can take it', async () => {
    await test.db.transaction((tx) => engine.completeUserTask('2251799813685301', { approved: true }, { tx }));
    const rows = await eventualAttempt(test);
    assert.deepEqual(rows, [{ kind: 'complete-user-task', state: 'PENDING' }]);
  });
});

/** Waits until the after-commit send has been tried once. */
async function eventualAttempt(test: TestDatabase) {
  for (let tries = 0; tries < 100; tries++) {
    const rows = await test.db.read.all<{ kind: string; state: string; attempts: number | string }>('SELECT kind, state, attempts FROM engine_outbox');
    if (rows.every((row) => Number(row.attempts) > 0)) return rows.map(({ kind, state }) => ({ kind, state }));
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the outbox command was never tried');
}
