import type { DomainEvent } from '../events/domain-events.js';
import { canViewTicket } from '../tickets/can-view-ticket.js';
import { TICKET_STATUSES, type TicketStatus } from '../tickets/ticket-status.js';
import type { Principal } from './principal.js';

type TicketChanged = Extract<DomainEvent, { type: 'ticket.changed' }>;

/**
 * Whether a principal is told of a ticket change: the tickets' own visibility rule (canViewTicket),
 * applied to what the event carries: the positions whose cartables held the ticket before or hold
 * it now, its status and its requester.
 */
export function canSeeTicketChange(principal: Principal, event: TicketChanged): boolean {
  const status = (TICKET_STATUSES as readonly string[]).includes(event.status) ? (event.status as TicketStatus) : 'registered';
  return canViewTicket(principal, {
    requesterPersonId: event.requesterPersonId === null ? null : String(event.requesterPersonId),
    status,
    involvedPositionIds: event.positionIds.map(String),
  });
}

type CallEvent = Extract<DomainEvent, { callId: number }>;

/** Call events go to the operator they concern only. */
export function isCallEventFor(principal: Principal, event: CallEvent): boolean {
  return principal.kind === 'user' && event.operatorUserId !== null && event.operatorUserId === principal.id;
}
