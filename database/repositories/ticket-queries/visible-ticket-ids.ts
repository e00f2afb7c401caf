import type { Principal } from '../../../core/access/principal.js';
import { ROLES_SEEING_ALL_TICKETS } from '../../../core/tickets/can-view-ticket.js';

export interface SqlSubquery {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/**
 * The ids of the tickets a principal may see, as a subquery each branch of which an index serves
 * (involvements by position, tickets by requester, tickets by status), for queries that should
 * start from what the principal sees rather than scan every ticket; undefined for principals who
 * see every ticket. The same rule as core's canViewTicket and the tickets' SQL filter
 * (database/repositories/tickets/ticket-visibility-filter.ts); the read-side spec checks that each
 * role finds exactly its tickets.
 */
export function visibleTicketIds(principal: Principal): SqlSubquery | undefined {
  if (principal.kind === 'system' || ROLES_SEEING_ALL_TICKETS.some((role) => principal.roles.has(role))) return undefined;
  const branches: SqlSubquery[] = [];
  if (principal.visiblePositionIds.length > 0) {
    branches.push({ sql: `SELECT ticket_id AS id FROM ticket_involvements WHERE position_id IN (${principal.visiblePositionIds.map(() => '?').join(', ')})`, params: principal.visiblePositionIds });
  }
  return unionOf([...branches, ...ticketIdsBeyondPositions(principal)]) ?? { sql: 'SELECT id FROM tickets WHERE 1 = 0', params: [] };
}

/**
 * The branches of the rule that are not positions' involvements (resolved tickets for feedback
 * agents, the principal's own tickets), each a subquery of ticket ids; for a search that tests
 * involvements by other means (search-tickets.ts).
 */
export function ticketIdsBeyondPositions(principal: Principal): SqlSubquery[] {
  const branches: SqlSubquery[] = [];
  if (principal.roles.has('feedbackAgent')) branches.push({ sql: 'SELECT id FROM tickets WHERE status = ?', params: ['resolved'] });
  if (principal.personId !== null) branches.push({ sql: 'SELECT id FROM tickets WHERE requester_person_id = ?', params: [principal.personId] });
  return branches;
}

/** The subqueries as one UNION; undefined for none. */
export function unionOf(branches: readonly SqlSubquery[]): SqlSubquery | undefined {
  return branches.length === 0 ? undefined : { sql: branches.map((branch) => branch.sql).join(' UNION '), params: branches.flatMap((branch) => branch.params) };
}

/**
 * The same rule as `visibleTicketIds`, as a condition on one ticket (its id is `idColumn`, its row
 * `t`), for queries that start from something else (a search index) and check each row; undefined
 * for principals who see every ticket.
 */
export function visibleTicketCondition(principal: Principal, idColumn: string): SqlSubquery | undefined {
  if (principal.kind === 'system' || ROLES_SEEING_ALL_TICKETS.some((role) => principal.roles.has(role))) return undefined;
  const branches: string[] = [];
  const params: unknown[] = [];
  if (principal.visiblePositionIds.length > 0) {
    branches.push(`EXISTS (SELECT 1 FROM ticket_involvements i WHERE i.ticket_id = ${idColumn} AND i.position_id IN (${principal.visiblePositionIds.map(() => '?').join(', ')}))`);
    params.push(...principal.visiblePositionIds);
  }
  if (principal.roles.has('feedbackAgent')) {
    branches.push('t.status = ?');
    params.push('resolved');
  }
  if (principal.personId !== null) {
    branches.push('t.requester_person_id = ?');
    params.push(principal.personId);
  }
  return { sql: branches.length === 0 ? '1 = 0' : `(${branches.join(' OR ')})`, params };
}
