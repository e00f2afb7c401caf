/**
 * The `settings` rows the ticket desk reads (JSON values); a missing row means the default of
 * core/tickets/ticket-settings.ts. Administrators edit them; changes apply within the policy
 * cache's lifetime.
 */
export const TICKET_SETTING_NAMES = {
  /** Position id (number) of the message center, where unmatched tickets go. Else the position with code `message-center`. */
  messageCenterPositionId: 'routing.messageCenterPositionId',
  /** `{ clock: 'response' | 'resolution', firstAfterMinutes, repeatEveryMinutes, maxEscalations }` */
  escalationPolicy: 'escalation.policy',
  /** `{ unsatisfiedAtOrBelow: 0–4, maxAttempts: ≥ 1 }` */
  feedbackPolicy: 'feedback.policy',
  /** ISO 8601 duration between feedback attempts, e.g. `"PT4H"`. */
  feedbackRetryAfter: 'feedback.retryAfter',
  /** Position id whose cartable gets feedback tasks; null: everyone with the feedbackAgent role. */
  feedbackPositionId: 'feedback.positionId',
  /** `"agent"` (a feedback agent calls) or `"phone"` (an automated survey call, `call.place`). */
  feedbackSurvey: 'feedback.survey',
  /** Digits of new tracking codes, 4–18 (default 8). */
  trackingCodeLength: 'tickets.trackingCodeLength',
  /** The working week, `{ saturday: [{ start: '08:00', end: '16:00' }], … }`; default the Iranian week. */
  calendarWeek: 'calendar.week',
  /** `"halfDay"` or `"off"`: Thursday in the default week. */
  calendarThursday: 'calendar.thursday',
  /** IANA time zone of the business calendar (default Asia/Tehran). */
  calendarTimeZone: 'calendar.timeZone',
  /** Whether the fixed solar holidays (Nowruz, 22 Bahman, …) count besides the `holidays` table (default true). */
  calendarSolarHolidays: 'calendar.solarHolidays',
} as const;
