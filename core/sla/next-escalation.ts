import type { BusinessCalendar } from '../calendar/business-calendar.js';
import { replayTicket } from '../tickets/replay-ticket.js';
import type { TicketAction } from '../tickets/ticket-action.js';
import { instantWhenConsumed } from './clock-consumption.js';
import type { EscalationPolicy } from './escalation-policy.js';
import type { SlaTarget } from './sla-target.js';
import { slaTimelines } from './sla-timeline.js';

export interface NextEscalation {
  /** When it is due; may be in the past when a due escalation has not been carried out yet. */
  readonly at: Date;
  /** The level it raises the ticket to: 1 is the assignee's parent position. */
  readonly level: number;
}

export interface NextEscalationInput {
  readonly policy: EscalationPolicy;
  readonly history: readonly TicketAction[];
  readonly calendar: BusinessCalendar;
  readonly target: SlaTarget;
}

/**
 * The next escalation of a ticket, from its history: level n+1 falls due when the policy's clock
 * has run `target + firstAfterMinutes + n × repeatEveryMinutes` business minutes, n being the
 * level reached so far (a manual escalation counts). Pauses therefore delay escalations as they
 * delay the deadline. Null when the policy's escalations are used up or the clock has stopped.
 */
export function nextEscalation(input: NextEscalationInput): NextEscalation | null {
  const { policy, history } = input;
  const state = replayTicket(history);
  if (state === null) return null;
  const done = state.escalationLevel;
  if (done >= policy.maxEscalations) return null;
  const timeline = slaTimelines(history)[policy.clock];
  if (timeline.stoppedAt !== null) return null;
  const targetMinutes = policy.clock === 'response' ? input.target.responseMinutes : input.target.resolutionMinutes;
  const at = instantWhenConsumed(timeline, input.calendar, targetMinutes + policy.firstAfterMinutes + done * policy.repeatEveryMinutes);
  return at === null ? null : { at, level: done + 1 };
}
