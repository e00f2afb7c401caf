import type { Page } from './page.js';

/** A resolved ticket whose requester a feedback agent is to ask now. Instants are ISO strings. */
export interface AwaitingFeedback {
  readonly id: number;
  readonly trackingCode: string;
  readonly subject: string;
  readonly categoryId: number | null;
  readonly requesterName: string | null;
  readonly requesterPhone: string | null;
  readonly registeredAt: string;
  readonly resolvedAt: string | null;
  /** What the resolver told the requester. */
  readonly resolution: string | null;
  /** Attempts already made (nobody answered). */
  readonly attempts: number;
}

/**
 * GET /api/feedback/tickets?page=&pageSize= (feedback agents): the resolved tickets whose feedback
 * task is open now (not waiting before another attempt), longest waiting first. Record the answer
 * with POST /api/tickets/:id/feedback.
 */
export type AwaitingFeedbackPage = Page<AwaitingFeedback>;
