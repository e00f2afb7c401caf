import type { BusinessCalendar } from '../../../core/calendar/business-calendar.js';
import { businessMinutesBetween } from '../../../core/calendar/business-minutes-between.js';
import { OPEN_STATUSES, type TicketStatus } from '../../../core/tickets/ticket-status.js';
import type { TicketFact } from './ticket-fact.js';

/** Whether a deadline was kept: met, breached, not yet known (pending), or there was none. */
export type SlaOutcome = 'met' | 'breached' | 'pending' | 'none';

export function isOpen(ticket: TicketFact): boolean {
  return OPEN_STATUSES.includes(ticket.status as TicketStatus);
}

/**
 * Overdue as the cartables count it: open and not postponed (a postponement pauses the clock), and
 * past the resolution deadline, or past the response deadline without a first response.
 */
export function isOverdue(ticket: TicketFact, now: Date): boolean {
  if (!isOpen(ticket) || ticket.status === 'postponed') return false;
  const at = now.getTime();
  if (ticket.resolutionDueAt !== null && ticket.resolutionDueAt.getTime() < at) return true;
  return ticket.firstResponseAt === null && ticket.responseDueAt !== null && ticket.responseDueAt.getTime() < at;
}

function outcome(due: Date | null, doneAt: Date | null, stillOwed: boolean, now: Date): SlaOutcome {
  if (due === null) return 'none';
  if (doneAt !== null) return doneAt.getTime() <= due.getTime() ? 'met' : 'breached';
  if (!stillOwed) return 'none';
  return now.getTime() > due.getTime() ? 'breached' : 'pending';
}

/** The first response against its deadline; a ticket closed unanswered owes none. */
export function responseOutcome(ticket: TicketFact, now: Date): SlaOutcome {
  return outcome(ticket.responseDueAt, ticket.firstResponseAt, ticket.status !== 'closed', now);
}

/** The resolution against its deadline; a ticket closed without a resolution (cancelled, duplicate) owes none. */
export function resolutionOutcome(ticket: TicketFact, now: Date): SlaOutcome {
  return outcome(ticket.resolutionDueAt, ticket.resolvedAt, ticket.status !== 'closed', now);
}

/** Business minutes from registration to the first response, or null before it. */
export function businessResponseMinutes(calendar: BusinessCalendar, ticket: TicketFact): number | null {
  return ticket.firstResponseAt === null ? null : businessMinutesBetween(calendar, ticket.registeredAt, ticket.firstResponseAt);
}

/** Business minutes from registration to the (last) resolution, or null before it. */
export function businessResolutionMinutes(calendar: BusinessCalendar, ticket: TicketFact): number | null {
  return ticket.resolvedAt === null ? null : businessMinutesBetween(calendar, ticket.registeredAt, ticket.resolvedAt);
}
