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

describe('job dispatcher: looking in the database', () => {
  const silent = { now: () => 0, logger: pino({ level: 'silent' }), realTime: false, pollIntervalMs: 60_000 };
  const jobNumber = (key: number): JobRow => ({ ...job, key, elementInstanceKey: key + 1000 });

  it('given jobs offered as their commands commit, when their handlers finish, then the database is not asked again for that type', async () => {
    const polls: string[][] = [];
    const commands: JobCommands = {
      completeJob: async () => undefined,
      failJob: async () => undefined,
      throwJobError: async () => undefined,
      loadActivatable: async (types) => (polls.push([...types]), []),
    };
    const dispatcher = new JobDispatcher(commands, silent);
    dispatcher.start();
    const handled: string[] = [];
    dispatcher.register({ taskType: 'sms.send', handler: async (handed) => (handled.push(handed.key), handed.complete()) });
    await dispatcher.idle();
    const pollsAtRegistration = polls.length;
    assert.ok(pollsAtRegistration >= 1, 'a new worker looks for jobs left waiting');
    dispatcher.offer(Array.from({ length: 10 }, (_, index) => ({ job: jobNumber(index + 1), variables: {} })));
    await dispatcher.idle();
    await dispatcher.stop();
    assert.equal(handled.length, 10);
    assert.equal(polls.length, pollsAtRegistration);
  });

  it('given a job made activatable without its variables, and a first look that filled its page, when handlers finish, then the database is asked until it has no more', async () => {
    const stored = Array.from({ length: 450 }, (_, index) => jobNumber(index + 1));
    const done = new Set<number>();
    const commands: JobCommands = {
      completeJob: async (key) => void done.add(key),
      failJob: async () => undefined,
      throwJobError: async () => undefined,
      loadActivatable: async (_types, _now, limit, exclude) => stored.filter((row) => !done.has(row.key) && !exclude.has(row.key)).slice(0, limit).map((row) => ({ job: row, variables: {} })),
    };
    const dispatcher = new JobDispatcher(commands, silent);
    dispatcher.register({ taskType: 'sms.send', maxJobsActive: 300, handler: async (handed) => handed.complete() });
    dispatcher.start();
    await dispatcher.idle();
    assert.equal(done.size, 450, 'a full page means more may be waiting');
    // Retries given back by an operator: the job is offered without variables and must be loaded.
    stored.push(jobNumber(999));
    dispatcher.offer([{ job: jobNumber(999), variables: undefined }]);
    await dispatcher.idle();
    await dispatcher.stop();
    assert.ok(done.has(999));
  });
});
