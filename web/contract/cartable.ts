import type { Page } from './page.js';

/**
 * The tabs of a position's cartable: new (not started yet), in progress (including waiting for the
 * requester's answer), postponed, overdue (open and past its response or resolution deadline; an
 * overdue ticket is in this tab only), resolved (awaiting the requester's feedback).
 */
export type CartableTab = 'new' | 'inProgress' | 'postponed' | 'overdue' | 'resolved';

export type CartableCounts = Readonly<Record<CartableTab, number>>;

/** One position whose cartable the signed-in user may open. */
export interface CartableSummary {
  readonly positionId: number;
  readonly parentId: number | null;
  readonly titleFa: string;
  readonly titleEn: string;
  /** Held by the user; false for a position below theirs that they supervise. */
  readonly held: boolean;
  readonly counts: CartableCounts;
}

/** GET /api/cartables */
export interface CartablesResponse {
  readonly positions: readonly CartableSummary[];
}

export interface PriorityBadge {
  readonly code: string;
  readonly nameFa: string;
  readonly nameEn: string;
  /** `#RRGGBB` */
  readonly color: string;
  /** 1 is the most urgent. */
  readonly rank: number;
}

/** A ticket as a cartable row shows it. Instants are ISO strings. */
export interface CartableTicket {
  readonly id: number;
  readonly trackingCode: string;
  readonly subject: string;
  readonly status: string;
  readonly requestType: string;
  readonly channel: string;
  /** null when the ticket's priority code is not (or no longer) defined. */
  readonly priority: PriorityBadge | null;
  readonly categoryId: number | null;
  readonly locationId: number | null;
  readonly requesterName: string | null;
  readonly registeredAt: string;
  readonly updatedAt: string;
  /** When it came into this cartable. */
  readonly assignedAt: string;
  readonly responseDueAt: string | null;
  readonly resolutionDueAt: string | null;
  readonly postponedUntil: string | null;
  readonly escalationLevel: number;
  readonly overdue: boolean;
}

export type CartableSort = 'priority' | 'registeredAt' | 'updatedAt' | 'dueAt';

/** GET /api/cartables/:positionId?tab=&categoryId=&locationId=&sort=&order=&page=&pageSize= */
export interface CartablePage extends Page<CartableTicket> {
  readonly positionId: number;
  readonly tab: CartableTab;
  /** Every tab's count with the same filters. */
  readonly counts: CartableCounts;
}
