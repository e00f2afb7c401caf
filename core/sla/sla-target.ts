import type { TicketPriority } from '../tickets/ticket-priority.js';

/** Business minutes allowed until the first response and until resolution. */
export interface SlaTarget {
  readonly responseMinutes: number;
  readonly resolutionMinutes: number;
}

/** A target for a category (and everything below it) and a priority; null matches any. */
export interface SlaTargetRule extends SlaTarget {
  readonly categoryId: string | null;
  readonly priority: TicketPriority | null;
}
