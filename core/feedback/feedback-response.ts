/** What a requester said when asked how satisfied they are with the resolution of their ticket. */
export type FeedbackResponse =
  | { readonly kind: 'answered'; readonly score: number; readonly comment: string | null }
  | { readonly kind: 'noAnswer' };

/** 1 (very dissatisfied) to 5 (very satisfied); also keyed on the phone. */
export const MIN_SATISFACTION_SCORE = 1;
export const MAX_SATISFACTION_SCORE = 5;

export function isSatisfactionScore(score: number): boolean {
  return Number.isInteger(score) && score >= MIN_SATISFACTION_SCORE && score <= MAX_SATISFACTION_SCORE;
}
