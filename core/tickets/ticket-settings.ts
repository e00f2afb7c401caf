import type { EscalationPolicy } from '../sla/escalation-policy.js';
import type { FeedbackPolicy } from '../feedback/feedback-policy.js';
import { DEFAULT_FEEDBACK_POLICY } from '../feedback/feedback-policy.js';
import { DEFAULT_TRACKING_CODE_LENGTH } from './tracking-code.js';

/** How satisfaction is asked: by a feedback agent on the phone, or by an automated call (`call.place`). */
export type FeedbackSurvey = 'agent' | 'phone';

/**
 * The ticket desk's settings (the `settings` table, JSON by name; see
 * database/repositories/tickets/ticket-setting-names.ts), with defaults for what is not set.
 */
export interface TicketSettings {
  /** Where tickets go when no routing rule matches. */
  readonly messageCenterPositionId: string | null;
  readonly escalation: EscalationPolicy;
  readonly feedback: FeedbackPolicy;
  /** ISO 8601 duration between feedback attempts that found nobody. */
  readonly feedbackRetryAfter: string;
  /** The position whose cartable gets feedback calls; null: everyone with the feedback agent role. */
  readonly feedbackPositionId: string | null;
  readonly feedbackSurvey: FeedbackSurvey;
  readonly trackingCodeLength: number;
}

export const DEFAULT_TICKET_SETTINGS: TicketSettings = {
  messageCenterPositionId: null,
  // The resolution target missed: one level up at once, then one more every half working day, three at most.
  escalation: { clock: 'resolution', firstAfterMinutes: 0, repeatEveryMinutes: 240, maxEscalations: 3 },
  feedback: DEFAULT_FEEDBACK_POLICY,
  feedbackRetryAfter: 'PT4H',
  feedbackPositionId: null,
  feedbackSurvey: 'agent',
  trackingCodeLength: DEFAULT_TRACKING_CODE_LENGTH,
};
