/** How an automated feedback call is dialled; the feedback process decides about later attempts. */
export interface FeedbackCallPolicy {
  /** Dial attempts for one survey before the requester counts as not answering. */
  readonly maxDialAttempts: number;
  /** Wait between a call nobody picked up and the next dial. */
  readonly retryAfterMs: number;
  /** How long the requester's phone rings. */
  readonly ringTimeoutMs: number;
}

export const DEFAULT_FEEDBACK_CALL_POLICY: FeedbackCallPolicy = { maxDialAttempts: 3, retryAfterMs: 30 * 60_000, ringTimeoutMs: 30_000 };

/** Why a dial did not reach anyone. */
export type DialFailure = 'noAnswer' | 'busy' | 'unreachable';

export type DialDecision = { readonly kind: 'retry'; readonly afterMs: number } | { readonly kind: 'giveUp' };

/** After dial attempt `attempt` (from 1) failed: dial again later, or give up. */
export function afterFailedDial(policy: FeedbackCallPolicy, attempt: number, _failure: DialFailure): DialDecision {
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`dial attempts count from 1, not ${attempt}`);
  return attempt < policy.maxDialAttempts ? { kind: 'retry', afterMs: policy.retryAfterMs } : { kind: 'giveUp' };
}
