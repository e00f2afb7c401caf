import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import pino from 'pino';
import type { JobRow } from '../state/rows.js';
import { JobDispatcher, type JobCommands } from './job-dispatcher.js';

const job: JobRow = {
  key: 1,
  type: 'sms.send',
  instanceKey: 10,
  elementInstanceKey: 11,
  elementId: 'Task_send',
  bpmnProcessId: 'ticket',
  definitionKey: 2,
  retries: 3,
  state: 'ACTIVATABLE',
  headers: {},
  dueAt: 0,
  errorMessage: undefined,
  createdAt: 0,
};

describe('job dispatcher', () => {
  it('hands a job out again at once when its handler failed it with retries left, while that handler is still finishing', async () => {
    let retries = job.retries;
    const commands: JobCommands = {
      completeJob: async () => undefined,
      // As the engine does after the failure commits: the job is offered again with one retry less.
      failJob: async () => dispatcher.offer([{ job: { ...job, retries: --retries }, variables: {} }]),
      throwJobError: async () => undefined,
      // Nothing in the database: the retry must not depend on a poll finding the job.
      loadActivatable: async () => [],
    };
    const dispatcher = new JobDispatcher(commands, { now: () => 0, logger: pino({ level: 'silent' }), realTime: false, pollIntervalMs: 60_000 });
    dispatcher.start();
    const attempts: number[] = [];
    dispatcher.register({
      taskType: 'sms.send',
      handler: async (handed) => {
        attempts.push(handed.retries);
        return handed.retries > 1 ? handed.fail({ errorMessage: 'gateway busy' }) : handed.complete();
      },
    });
    dispatcher.offer([{ job, variables: {} }]);
    await dispatcher.idle();
    await dispatcher.stop();
    assert.deepEqual(attempts, [3, 2, 1]);
  });
});
