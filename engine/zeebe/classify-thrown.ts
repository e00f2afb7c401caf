import { BusinessRuleError } from '../../core/errors/business-rule-error.js';
import { TransientError } from '../../core/errors/transient-error.js';

export type ThrownOutcome =
  | { readonly kind: 'error'; readonly errorCode: string; readonly errorMessage: string }
  | { readonly kind: 'fail'; readonly errorMessage: string; readonly retries: number; readonly retryBackoffMs: number; readonly transient: boolean };

export interface BackoffPolicy {
  /** The first wait; doubled for each earlier transient failure of the same job. */
  readonly baseMs: number;
  /** Transient failures of this job seen before this one. */
  readonly attempt: number;
  readonly maxMs: number;
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return `non-error value thrown: ${String(error)}`;
}

/**
 * What a job whose handler threw becomes: a BusinessRuleError a BPMN error with its code, a
 * TransientError a failure with one retry less after a doubling backoff, anything else a failure
 * without retries, which raises an incident.
 */
export function classifyThrown(error: unknown, retries: number, backoff: BackoffPolicy): ThrownOutcome {
  if (error instanceof BusinessRuleError) return { kind: 'error', errorCode: error.code, errorMessage: error.message };
  if (error instanceof TransientError) {
    const retryBackoffMs = Math.min(backoff.baseMs * 2 ** backoff.attempt, backoff.maxMs);
    return { kind: 'fail', errorMessage: describe(error), retries: Math.max(retries - 1, 0), retryBackoffMs, transient: true };
  }
  return { kind: 'fail', errorMessage: describe(error), retries: 0, retryBackoffMs: 0, transient: false };
}
