import type { Principal } from '../../../core/access/principal.js';
import { ROLES_SEEING_ALL_TICKETS } from '../../../core/tickets/can-view-ticket.js';

/** A condition on `tickets` for WHERE clauses, with its parameters (`?` placeholders). */
export interface SqlFilter {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/**
 * The tickets a principal may see, as SQL: the same rule as core's `canViewTicket`, so that lists
 * and single reads agree (ticket-visibility-filter.int.spec.ts checks them against each other).
 * `alias` names the `tickets` table in the caller's query.
 */
export function ticketVisibilityFilter(principal: Principal, alias = 'tickets'): SqlFilter {
  if (principal.kind === 'system' || ROLES_SEEING_ALL_TICKETS.some((role) => principal.roles.has(role))) return { sql: '1 = 1', params: [] };
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (principal.visiblePositionIds.length > 0) {
    clauses.push(`EXISTS (SELECT 1 FROM ticket_involvements ti WHERE ti.ticket_id = ${alias}.id AND ti.position_id IN (${principal.visiblePositionIds.map(() => '?').join(', ')}))`);
    params.push(...principal.visiblePositionIds);
  }
  if (principal.roles.has('feedbackAgent')) {
    clauses.push(`${alias}.status = ?`);
    params.push('resolved');
  }
  if (principal.personId !== null) {
    clauses.push(`${alias}.requester_person_id = ?`);
    params.push(principal.personId);
  }
  return clauses.length === 0 ? { sql: '1 = 0', params: [] } : { sql: `(${clauses.join(' OR ')})`, params };
}
