import { computeSla } from '../sla/compute-sla.js';
import { TICKET_VERSION_CONFLICT } from './ticket-rule-codes.js';
import { BusinessRuleError } from '../errors/business-rule-error.js';
import type { TicketAction } from './ticket-action.js';
import { holdingPositionIds } from './ticket-capacity.js';
import type { TicketPolicy } from './ticket-policy.js';
import { toTicketReadModel, type SlaDueDates, type TicketReadModel } from './ticket-read-model.js';
import type { TicketRepository } from './ticket-repository.js';
import { ticketSearchText } from './ticket-search-text.js';
import { ticketSlaTarget } from './ticket-sla-target.js';
import type { TicketState } from './ticket-state.js';

/** The due dates of both SLA clocks, recomputed from the whole log on the business calendar. */
export function slaDueDates(policy: TicketPolicy, state: TicketState, history: readonly TicketAction[], now: Date): SlaDueDates {
  const target = ticketSlaTarget(policy, state.details);
  if (target === null) return { responseDueAt: null, resolutionDueAt: null };
  const sla = computeSla({ history, calendar: policy.calendar, target, now });
  return { responseDueAt: sla.response.dueAt, resolutionDueAt: sla.resolution.dueAt };
}

export function readModelOf(policy: TicketPolicy, state: TicketState, history: readonly TicketAction[], now: Date): TicketReadModel {
  return toTicketReadModel(state, slaDueDates(policy, state, history, now), ticketSearchText(state.details));
}

/** The cartables a ticket is in: its holders' until it is closed (a resolved one waits there for feedback). */
export function cartablePositionIds(state: TicketState, policy: TicketPolicy): readonly string[] {
  return state.status === 'closed' ? [] : holdingPositionIds(state, policy.contractorSupervisors);
}

/**
 * Writes what a ticket's log now says: the read model (SLA due dates recomputed, never counted
 * down), its cartables and the positions involved. Refuses when another unit of work moved the
 * ticket on since it was loaded.
 */
export async function persistTicketState(
  tickets: TicketRepository,
  args: { readonly ticketId: number; readonly version: number; readonly before: TicketState; readonly after: TicketState; readonly history: readonly TicketAction[]; readonly policy: TicketPolicy; readonly now: Date },
): Promise<void> {
  const { ticketId, policy, before, after, now } = args;
  if (!(await tickets.update(ticketId, args.version, readModelOf(policy, after, args.history, now)))) {
    throw new BusinessRuleError(TICKET_VERSION_CONFLICT, 'the ticket was changed meanwhile');
  }
  const was = cartablePositionIds(before, policy);
  const is = cartablePositionIds(after, policy);
  if (was.length !== is.length || was.some((id) => !is.includes(id))) await tickets.setAssignments(ticketId, is, now);
  const holding = holdingPositionIds(after, policy.contractorSupervisors);
  if (holding.length > 0) await tickets.addInvolvements(ticketId, holding, now);
}
