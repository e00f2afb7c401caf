import type { Job, JobBpmnError, JobFailure, JobOutcome } from '../../engine/job-worker.js';
/** Process variables as JSON values. */
type Variables = Record<string, unknown>;

/** A job handed to a handler in a test; the outcome the handler chose is recorded. */
export interface FakeJob extends Job {
  outcome: { kind: 'complete'; variables: Variables } | { kind: 'fail'; failure: JobFailure } | { kind: 'error'; error: JobBpmnError } | undefined;
}

export function fakeJob(variables: Variables, options: { key?: string; headers?: Record<string, string>; processInstanceKey?: string } = {}): FakeJob {
  const job: FakeJob = {
    key: options.key ?? '2251799813685249',
    type: 'test',
    processInstanceKey: options.processInstanceKey ?? '2251799813685001',
    bpmnProcessId: 'ticket-lifecycle',
    processDefinitionKey: '1',
    elementId: 'Task',
    elementInstanceKey: '2',
    retries: 3,
    customHeaders: options.headers ?? {},
    variables,
    deadline: new Date(Date.now() + 60_000),
    outcome: undefined,
    complete: async (result = {}) => {
      job.outcome = { kind: 'complete', variables: result };
      return {} as JobOutcome;
    },
    fail: async (failure) => {
      job.outcome = { kind: 'fail', failure };
      return {} as JobOutcome;
    },
    error: async (error) => {
      job.outcome = { kind: 'error', error };
      return {} as JobOutcome;
    },
  };
  return job;
}
