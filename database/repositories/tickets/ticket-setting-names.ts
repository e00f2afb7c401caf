import { SETTING_NAMES } from '../../settings/setting-names.js';

/**
 * The `settings` rows the ticket desk reads (JSON values); a missing row means the default of
 * core/tickets/ticket-settings.ts. The shared ones are named in database/settings/setting-names.ts;
 * the rest are the ticket desk's own. Changes apply within the policy cache's lifetime.
 */
export const TICKET_SETTING_NAMES = {
  /** `{ timeZone, week }`: the business calendar; holidays and closures come from their tables. */
  businessCalendar: SETTING_NAMES.businessCalendar,
  /** `{ positionId }`: where unmatched tickets go. Else the position with code `message-center`. */
  messageCenterPosition: SETTING_NAMES.messageCenterPosition,
  /** `{ positionId }`: whose cartable gets feedback tasks; unset: everyone with the feedbackAgent role. */
  feedbackAgentsPosition: SETTING_NAMES.feedbackAgentsPosition,
  /** `{ unsatisfiedAtOrBelow: 0–4, maxAttempts: ≥ 1 }` */
  feedbackPolicy: SETTING_NAMES.feedbackPolicy,
  /** `{ clock: 'response' | 'resolution', firstAfterMinutes, repeatEveryMinutes, maxEscalations }` */
  escalationPolicy: SETTING_NAMES.escalationPolicy,
  /** ISO 8601 duration between feedback attempts that found nobody, e.g. `"PT4H"`. */
  feedbackRetryAfter: 'feedback.retryAfter',
  /** `"agent"` (a feedback agent calls) or `"phone"` (an automated survey call, `call.place`). */
  feedbackSurvey: 'feedback.survey',
  /** Digits of new tracking codes, 4–18 (default 8). */
  trackingCodeLength: 'tickets.trackingCodeLength',
} as const;
