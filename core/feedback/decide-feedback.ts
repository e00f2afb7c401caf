import { ValidationError } from '../errors/validation-error.js';
import type { Position } from '../org/position.js';
import type { Tree } from '../tree/tree-node.js';
import type { FeedbackPolicy } from './feedback-policy.js';
import { isSatisfactionScore, MAX_SATISFACTION_SCORE, MIN_SATISFACTION_SCORE, type FeedbackResponse } from './feedback-response.js';

export type FeedbackDecision =
  | { readonly kind: 'close'; readonly reason: 'satisfied' | 'noFeedback' }
  /** Back to work, with the senior responsible: the parent of the position that resolved it. */
  | { readonly kind: 'rework'; readonly positionId: string }
  | { readonly kind: 'askAgain'; readonly nextAttempt: number };

export interface FeedbackInput {
  readonly policy: FeedbackPolicy;
  readonly response: FeedbackResponse;
  /** Which attempt this response answers, from 1. */
  readonly attempt: number;
  readonly resolverPositionId: string;
  readonly positions: Tree<Position>;
}

/**
 * What happens after a feedback attempt. A score at or below the policy's threshold is rework by the
 * resolver's parent position; when the resolver is at the top of the chart there is nobody more
 * senior, and the work goes back to the resolver's own position.
 */
export function decideFeedback(input: FeedbackInput): FeedbackDecision {
  const { policy, response, attempt } = input;
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`feedback attempts count from 1, not ${attempt}`);
  if (response.kind === 'noAnswer') {
    return attempt >= policy.maxAttempts ? { kind: 'close', reason: 'noFeedback' } : { kind: 'askAgain', nextAttempt: attempt + 1 };
  }
  if (!isSatisfactionScore(response.score)) {
    throw new ValidationError([
      { field: 'score', messageKey: 'feedback.score.outOfRange', params: { min: MIN_SATISFACTION_SCORE, max: MAX_SATISFACTION_SCORE } },
    ]);
  }
  if (response.score > policy.unsatisfiedAtOrBelow) return { kind: 'close', reason: 'satisfied' };
  const resolver = input.positions.get(input.resolverPositionId);
  const senior = resolver?.parentId == null ? undefined : input.positions.get(resolver.parentId);
  return { kind: 'rework', positionId: senior?.id ?? input.resolverPositionId };
}
