import type { Principal } from '../access/principal.js';
import type { TicketVisibilityFacts } from './ticket-visibility-facts.js';

/** Roles that read every ticket: administrators, auditors, and operators (who follow up on any call). */
export const ROLES_SEEING_ALL_TICKETS = ['admin', 'auditor', 'operator'] as const;

/**
 * Who may see a ticket. The system, admins, auditors and operators: every ticket. Anyone holding or
 * supervising positions: the tickets any of their visible positions ever held. Feedback agents:
 * resolved tickets awaiting feedback. Requesters: their own. The repository's SQL filter
 * (database/repositories/tickets/ticket-visibility-filter.ts) states the same rule for lists.
 */
export function canViewTicket(principal: Principal, ticket: TicketVisibilityFacts): boolean {
  if (principal.kind === 'system') return true;
  if (ROLES_SEEING_ALL_TICKETS.some((role) => principal.roles.has(role))) return true;
  const involved = new Set(ticket.involvedPositionIds);
  if (principal.visiblePositionIds.some((positionId) => involved.has(String(positionId)))) return true;
  if (principal.roles.has('feedbackAgent') && ticket.status === 'resolved') return true;
  return principal.personId !== null && ticket.requesterPersonId === String(principal.personId);
}
