import type { WeekDefinition } from '../../core/calendar/business-calendar-definition.js';
import type { FeedbackPolicy } from '../../core/feedback/feedback-policy.js';
import type { EscalationPolicy } from '../../core/sla/escalation-policy.js';

/**
 * The names of the rows of the `settings` table; each value is stored as JSON in the shape given
 * by `SettingValues`. The seed, the API and the workers use these names and nothing else.
 */
export const SETTING_NAMES = {
  /** The business calendar's time zone and working week; holidays and closures have their own tables. */
  businessCalendar: 'calendar.business',
  /** The message center, whose operators route by hand every ticket no routing rule matches. */
  messageCenterPosition: 'org.messageCenterPosition',
  /** The position whose cartable holds resolved tickets awaiting the requester's feedback. */
  feedbackAgentsPosition: 'org.feedbackAgentsPosition',
  feedbackPolicy: 'feedback.policy',
  escalationPolicy: 'sla.escalationPolicy',
} as const;

export type SettingKey = keyof typeof SETTING_NAMES;
export type SettingName = (typeof SETTING_NAMES)[SettingKey];

export interface BusinessCalendarSetting {
  /** An IANA time zone, `Asia/Tehran` by default. */
  readonly timeZone: string;
  readonly week: WeekDefinition;
}

export interface PositionSetting {
  readonly positionId: number;
}

/** The JSON value of each setting, by key of `SETTING_NAMES`. */
export interface SettingValues {
  readonly businessCalendar: BusinessCalendarSetting;
  readonly messageCenterPosition: PositionSetting;
  readonly feedbackAgentsPosition: PositionSetting;
  readonly feedbackPolicy: FeedbackPolicy;
  readonly escalationPolicy: EscalationPolicy;
}
