import type { Page } from './page.js';
import type { TicketStatusFilter } from './ticket-search.js';

/** One of the signed-in requester's own requests. */
export interface PortalRequest {
  readonly id: number;
  readonly trackingCode: string;
  readonly subject: string;
  readonly status: string;
  readonly categoryId: number | null;
  readonly registeredAt: string;
  readonly updatedAt: string;
  readonly resolvedAt: string | null;
  readonly closedAt: string | null;
}

/** GET /api/portal/requests?status=open|resolved|closed|all&page=&pageSize= */
export interface PortalRequestPage extends Page<PortalRequest> {
  readonly status: TicketStatusFilter;
  readonly counts: Readonly<Record<Exclude<TicketStatusFilter, 'all'>, number>>;
}
