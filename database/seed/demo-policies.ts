import { iranianWorkWeek } from '../../core/calendar/iranian-work-week.js';
import { DEFAULT_TIME_ZONE } from '../../core/calendar/time-zone.js';
import { DEFAULT_FEEDBACK_POLICY, type FeedbackPolicy } from '../../core/feedback/feedback-policy.js';
import type { EscalationPolicy } from '../../core/sla/escalation-policy.js';
import type { BusinessCalendarSetting } from '../settings/setting-names.js';

/** Tehran time; Saturday to Wednesday 08:00–16:00, Thursday 08:00–13:00, Friday off. */
export const DEMO_BUSINESS_CALENDAR: BusinessCalendarSetting = { timeZone: DEFAULT_TIME_ZONE, week: iranianWorkWeek({ thursday: 'halfDay' }) };

/** A score of 1 or 2 sends the ticket back for rework; three unanswered calls close it as "no feedback". */
export const DEMO_FEEDBACK_POLICY: FeedbackPolicy = DEFAULT_FEEDBACK_POLICY;

/**
 * A ticket not resolved in time climbs one level when the target passes and one more every half a
 * business day, three levels at most: from an expert to the head of their office, the IT director
 * and the deputy.
 */
export const DEMO_ESCALATION_POLICY: EscalationPolicy = { clock: 'resolution', firstAfterMinutes: 0, repeatEveryMinutes: 240, maxEscalations: 3 };

/** The positions the two position settings point at. */
export const DEMO_MESSAGE_CENTER_POSITION = 'SD-OPERATOR';
export const DEMO_FEEDBACK_AGENTS_POSITION = 'SD-FEEDBACK';
