import type { Principal } from '../../../core/access/principal.js';
import type { Database } from '../../../database/database.js';
import { listRequesterTickets } from '../../../database/repositories/ticket-queries/list-requester-tickets.js';
import type { StatusGroup } from '../../../database/repositories/ticket-queries/status-groups.js';
import type { PortalRequestPage } from '../../contract/portal.js';

/** The signed-in person's own requests by status, and how many are open, resolved and closed. */
export async function listMyRequests(db: Database, principal: Principal, request: { status: StatusGroup; page: number; pageSize: number }): Promise<PortalRequestPage> {
  const empty = { items: [], total: 0, page: request.page, pageSize: request.pageSize, status: request.status, counts: { open: 0, resolved: 0, closed: 0 } };
  if (principal.personId === null) return empty;
  const found = await listRequesterTickets(db.read, { personId: principal.personId, status: request.status, limit: request.pageSize, offset: (request.page - 1) * request.pageSize });
  return {
    items: found.rows.map((row) => ({
      id: row.id,
      trackingCode: row.trackingCode,
      subject: row.subject,
      status: row.status,
      categoryId: row.categoryId,
      registeredAt: row.registeredAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      resolvedAt: row.resolvedAt?.toISOString() ?? null,
      closedAt: row.closedAt?.toISOString() ?? null,
    })),
    total: found.total,
    page: request.page,
    pageSize: request.pageSize,
    status: request.status,
    counts: found.counts,
  };
}
