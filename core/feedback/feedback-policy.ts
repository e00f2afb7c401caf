import type { FieldProblem } from '../errors/validation-error.js';
import { MAX_SATISFACTION_SCORE } from './feedback-response.js';

export interface FeedbackPolicy {
  /** A score at or below this sends the ticket back for rework; 0 never does. */
  readonly unsatisfiedAtOrBelow: number;
  /** How many times the requester is asked before the ticket is closed as "no feedback". */
  readonly maxAttempts: number;
}

export const DEFAULT_FEEDBACK_POLICY: FeedbackPolicy = { unsatisfiedAtOrBelow: 2, maxAttempts: 3 };

export function validateFeedbackPolicy(policy: FeedbackPolicy): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const threshold = policy.unsatisfiedAtOrBelow;
  // A threshold of 5 would send every ticket back, whatever the requester says.
  if (!Number.isInteger(threshold) || threshold < 0 || threshold >= MAX_SATISFACTION_SCORE) {
    problems.push({ field: 'unsatisfiedAtOrBelow', messageKey: 'feedback.policy.thresholdOutOfRange', params: { min: 0, max: MAX_SATISFACTION_SCORE - 1 } });
  }
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1) {
    problems.push({ field: 'maxAttempts', messageKey: 'feedback.policy.attemptsOutOfRange', params: { min: 1 } });
  }
  return problems;
}
