import type { Principal } from '../../../core/access/principal.js';
import { ForbiddenError } from '../../../core/errors/forbidden-error.js';
import { NotFoundError } from '../../../core/errors/not-found-error.js';
import { ROLES_SEEING_ALL_TICKETS } from '../../../core/tickets/can-view-ticket.js';
import type { Clock } from '../../../core/time/clock.js';
import type { Database } from '../../../database/database.js';
import { countCartables, listCartable, type CartableRow, type CartableSortKey } from '../../../database/repositories/cartables/cartable-queries.js';
import type { CartableTabName } from '../../../database/repositories/cartables/cartable-tabs.js';
import type { CartablePage, CartableTicket } from '../../contract/cartable.js';
import { expandCartableFilter } from './cartable-filter.js';

export interface CartableRequest {
  readonly positionId: number;
  readonly tab: CartableTabName;
  readonly categoryId?: number;
  readonly locationId?: number;
  readonly sort: CartableSortKey;
  readonly order: 'asc' | 'desc';
  readonly page: number;
  readonly pageSize: number;
}

/**
 * Whether the principal may open a position's cartable: one of their visible positions (held, or
 * below one they supervise), or any position for those who see every ticket (core's rule).
 */
export function mayOpenCartable(principal: Principal, positionId: number): boolean {
  return principal.visiblePositionIds.includes(positionId) || ROLES_SEEING_ALL_TICKETS.some((role) => principal.roles.has(role));
}

function toTicket(row: CartableRow): CartableTicket {
  return {
    id: row.id,
    trackingCode: row.trackingCode,
    subject: row.subject,
    status: row.status,
    requestType: row.requestType,
    channel: row.channel,
    priority: row.priority === null ? null : { code: row.priorityCode, ...row.priority },
    categoryId: row.categoryId,
    locationId: row.locationId,
    requesterName: row.requesterName,
    registeredAt: row.registeredAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    assignedAt: row.assignedAt.toISOString(),
    responseDueAt: row.responseDueAt?.toISOString() ?? null,
    resolutionDueAt: row.resolutionDueAt?.toISOString() ?? null,
    postponedUntil: row.postponedUntil?.toISOString() ?? null,
    escalationLevel: row.escalationLevel,
    overdue: row.overdue,
  };
}

/** One tab of one cartable, a page at a time, with every tab's count under the same filters. */
export async function openCartable(deps: { readonly db: Database; readonly clock: Clock }, principal: Principal, request: CartableRequest): Promise<CartablePage> {
  if (!mayOpenCartable(principal, request.positionId)) throw new ForbiddenError(`position ${request.positionId} is not among the principal's cartables`);
  if ((await deps.db.read.all('SELECT 1 AS found FROM positions WHERE id = ?', [request.positionId])).length === 0) throw new NotFoundError('position', request.positionId);
  const now = deps.clock.now();
  const filter = await expandCartableFilter(deps.db, request);
  const [rows, counts] = await Promise.all([
    listCartable(deps.db.read, {
      positionId: request.positionId,
      tab: request.tab,
      filter,
      sort: request.sort,
      descending: request.order === 'desc',
      limit: request.pageSize,
      offset: (request.page - 1) * request.pageSize,
      now,
    }),
    countCartables(deps.db.read, [request.positionId], filter, now),
  ]);
  const tabCounts = counts.get(request.positionId) ?? { new: 0, inProgress: 0, postponed: 0, overdue: 0, resolved: 0 };
  return {
    positionId: request.positionId,
    tab: request.tab,
    counts: tabCounts,
    items: rows.map(toTicket),
    total: tabCounts[request.tab],
    page: request.page,
    pageSize: request.pageSize,
  };
}
