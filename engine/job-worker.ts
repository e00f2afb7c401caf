import type { Variables } from './variables.js';

declare const jobOutcome: unique symbol;

/**
 * Proof that a job handler decided the job's fate. Only the methods of `Job` create one, so a
 * handler whose code path ends without calling one of them does not compile.
 */
export interface JobOutcome {
  readonly [jobOutcome]: 'complete' | 'fail' | 'error';
}

export interface JobFailure {
  readonly errorMessage: string;
  /** Retries left after this failure; defaults to the job's retries minus one. At zero an incident is raised. */
  readonly retries?: number;
  /** Wait before the job may run again. */
  readonly retryBackoffMs?: number;
  readonly variables?: Variables;
}

export interface JobBpmnError {
  /** Matched against the `errorCode` of error catch events; the codes are listed in processes/contract.ts. */
  readonly errorCode: string;
  readonly errorMessage?: string;
  readonly variables?: Variables;
}

export interface Job<V extends Variables = Variables, H extends Record<string, string> = Record<string, string>> {
  readonly key: string;
  readonly type: string;
  readonly processInstanceKey: string;
  readonly bpmnProcessId: string;
  readonly processDefinitionKey: string;
  readonly elementId: string;
  readonly elementInstanceKey: string;
  readonly retries: number;
  readonly customHeaders: H;
  readonly variables: V;
  /** When the engine gives the job to another worker if no outcome has arrived. */
  readonly deadline: Date;
  complete(variables?: Variables): Promise<JobOutcome>;
  fail(failure: JobFailure): Promise<JobOutcome>;
  error(error: JobBpmnError): Promise<JobOutcome>;
}

/**
 * Handles one job and ends in exactly one outcome. Throwing is allowed too: a BusinessRuleError
 * becomes a BPMN error with its code, a TransientError a failure retried with backoff, and any
 * other error a failure without retries (an incident), so nothing fails silently.
 */
export type JobHandler<V extends Variables = Variables, H extends Record<string, string> = Record<string, string>> = (
  job: Job<V, H>,
) => Promise<JobOutcome>;

export interface JobWorkerOptions<V extends Variables = Variables, H extends Record<string, string> = Record<string, string>> {
  readonly taskType: string;
  readonly handler: JobHandler<V, H>;
  /** Jobs of this type handled at once by this process. */
  readonly maxJobsActive?: number;
  /** Time a handler has before the job is handed out again. */
  readonly timeoutMs?: number;
  /** Only these variables are fetched (all visible ones when omitted). */
  readonly fetchVariables?: readonly string[];
  /** Wait before a job whose handler threw a TransientError runs again (doubled per attempt). */
  readonly retryBackoffMs?: number;
}

export interface JobWorker {
  readonly taskType: string;
  close(): Promise<void>;
}

/** Where job workers are registered; both engines implement it. */
export interface JobWorkerHost {
  createWorker<V extends Variables, H extends Record<string, string>>(options: JobWorkerOptions<V, H>): JobWorker;
}
