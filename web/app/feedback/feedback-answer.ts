import type { FeedbackAnswer } from './feedback-api';

/** The form's values as the answer to record; null while no satisfaction is chosen. */
export function feedbackAnswer(value: { readonly score: number | null; readonly comment: string }): FeedbackAnswer | null {
  if (value.score === null || !Number.isInteger(value.score) || value.score < 1 || value.score > 5) return null;
  const comment = value.comment.trim();
  return { kind: 'answered', score: value.score, comment: comment === '' ? null : comment };
}
