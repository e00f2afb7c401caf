/**
 * How an automated feedback call is dialled within one survey attempt: a busy or unanswered line
 * is tried again shortly. After that the call counts as not answered, and the feedback process asks
 * again later under the feedback policy (its own attempts and wait).
 */
export interface FeedbackCallPolicy {
  /** Dial attempts for one survey before the requester counts as not answering. */
  readonly maxDialAttempts: number;
  /** Wait between a call nobody picked up and the next dial. */
  readonly retryAfterMs: number;
  /** How long the requester's phone rings. */
  readonly ringTimeoutMs: number;
}

export const DEFAULT_FEEDBACK_CALL_POLICY: FeedbackCallPolicy = { maxDialAttempts: 2, retryAfterMs: 5 * 60_000, ringTimeoutMs: 30_000 };

/** Why a dial did not reach anyone. */
export type DialFailure = 'noAnswer' | 'busy' | 'unreachable';

export type DialDecision = { readonly kind: 'retry'; readonly afterMs: number } | { readonly kind: 'giveUp' };

/** After dial attempt `attempt` (from 1) failed: dial again later, or give up. */
export function afterFailedDial(policy: FeedbackCallPolicy, attempt: number, _failure: DialFailure): DialDecision {
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`dial attempts count from 1, not ${attempt}`);
  return attempt < policy.maxDialAttempts ? { kind: 'retry', afterMs: policy.retryAfterMs } : { kind: 'giveUp' };
}
