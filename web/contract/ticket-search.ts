import type { PriorityBadge } from './cartable.js';
import type { Page } from './page.js';

/** Which tickets a search or a portal list covers. */
export type TicketStatusFilter = 'open' | 'resolved' | 'closed' | 'all';

/** One hit of GET /api/search?q=&status=&page=&pageSize= (only tickets the caller may see, newest first). */
export interface TicketSearchHit {
  readonly id: number;
  readonly trackingCode: string;
  readonly subject: string;
  readonly status: string;
  readonly priority: PriorityBadge | null;
  readonly categoryId: number | null;
  readonly locationId: number | null;
  readonly requesterName: string | null;
  readonly registeredAt: string;
  readonly updatedAt: string;
}

/** `total` counts matches up to 1000; `totalCapped` says there are more. */
export interface TicketSearchPage extends Page<TicketSearchHit> {
  readonly totalCapped: boolean;
}
