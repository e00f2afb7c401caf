import type { Logger } from 'pino';
import type { Job, JobBpmnError, JobFailure, JobHandler, JobOutcome } from '../job-worker.js';
import type { Variables } from '../variables.js';
import { classifyThrown, type BackoffPolicy } from './classify-thrown.js';
import { jobOutcomeToken, type OutcomeKind } from './job-outcome-token.js';
import { toEngineError } from './to-engine-error.js';

/** The part of the SDK's activated job that the adapter uses (the SDK's `ZeebeJob` has this shape). */
export interface ActivatedJob {
  readonly key: string;
  readonly type: string;
  readonly processInstanceKey: string;
  readonly bpmnProcessId: string;
  /** Sent by the gateway but missing from the SDK's type. */
  readonly processDefinitionKey?: string;
  readonly elementId: string;
  readonly elementInstanceKey: string;
  readonly retries: number;
  /** Epoch milliseconds. */
  readonly deadline: string;
  readonly customHeaders: Readonly<Record<string, unknown>>;
  readonly variables: Readonly<Record<string, unknown>>;
  complete(variables?: never): Promise<unknown>;
  fail(failure: { errorMessage: string; retries: number; retryBackOff: number; variables: never }): Promise<unknown>;
  error(error: { errorCode: string; errorMessage: string; variables: never }): Promise<unknown>;
}

export interface JobRun {
  /** The outcome reported, if any reached the engine's client. */
  readonly outcome: OutcomeKind | undefined;
  /** The handler threw a TransientError. */
  readonly transient: boolean;
}

/**
 * Runs one handler on one activated job and reports exactly one outcome: the one the handler
 * chose, or the one its thrown error is classified as. A second outcome is refused; an error
 * thrown after an outcome was reported is only logged.
 */
export async function runJob<V extends Variables, H extends Record<string, string>>(
  handler: JobHandler<V, H>,
  activated: ActivatedJob,
  backoff: BackoffPolicy,
  logger: Logger,
): Promise<JobRun> {
  let reported: OutcomeKind | undefined;
  const report = async (kind: OutcomeKind, send: () => Promise<unknown>): Promise<JobOutcome> => {
    if (reported !== undefined) throw new Error(`job ${activated.key} already ended with ${reported}; ${kind} refused`);
    reported = kind;
    try {
      await send();
    } catch (error) {
      throw toEngineError(error, { what: 'job', key: activated.key });
    }
    return jobOutcomeToken(kind);
  };

  const job: Job<V, H> = {
    key: activated.key,
    type: activated.type,
    processInstanceKey: activated.processInstanceKey,
    bpmnProcessId: activated.bpmnProcessId,
    processDefinitionKey: activated.processDefinitionKey ?? '',
    elementId: activated.elementId,
    elementInstanceKey: activated.elementInstanceKey,
    retries: activated.retries,
    customHeaders: activated.customHeaders as H,
    variables: activated.variables as V,
    deadline: new Date(Number(activated.deadline)),
    complete: (variables?: Variables) => report('complete', () => activated.complete((variables ?? {}) as never)),
    // Retries are always given: the SDK turns a missing count into 0 (an incident), not retries − 1.
    fail: (failure: JobFailure) =>
      report('fail', () =>
        activated.fail({
          errorMessage: failure.errorMessage,
          retries: failure.retries ?? Math.max(activated.retries - 1, 0),
          retryBackOff: failure.retryBackoffMs ?? 0,
          variables: (failure.variables ?? {}) as never,
        }),
      ),
    error: (bpmnError: JobBpmnError) =>
      report('error', () =>
        activated.error({ errorCode: bpmnError.errorCode, errorMessage: bpmnError.errorMessage ?? '', variables: (bpmnError.variables ?? {}) as never }),
      ),
  };

  try {
    await handler(job);
    if (reported === undefined) {
      logger.error('job handler returned without an outcome; failing the job without retries');
      await job.fail({ errorMessage: 'the job handler returned without an outcome', retries: 0 });
    }
    return { outcome: reported, transient: false };
  } catch (thrown) {
    if (reported !== undefined) {
      logger.warn({ err: thrown, outcome: reported }, 'job handler failed after reporting its outcome');
      return { outcome: reported, transient: false };
    }
    const outcome = classifyThrown(thrown, activated.retries, backoff);
    const level = outcome.kind === 'fail' && !outcome.transient ? 'error' : 'info';
    logger[level]({ err: thrown, outcome: outcome.kind }, 'job handler threw');
    try {
      if (outcome.kind === 'error') await job.error({ errorCode: outcome.errorCode, errorMessage: outcome.errorMessage });
      else await job.fail({ errorMessage: outcome.errorMessage, retries: outcome.retries, retryBackoffMs: outcome.retryBackoffMs });
    } catch (error) {
      logger.error({ err: error }, 'the outcome of a job whose handler threw could not be reported');
    }
    return { outcome: reported, transient: outcome.kind === 'fail' && outcome.transient };
  }
}
