import type { TicketStatus } from './ticket-status.js';

/** What deciding who may see a ticket needs; the same columns the SQL filter reads. */
export interface TicketVisibilityFacts {
  readonly requesterPersonId: string | null;
  readonly status: TicketStatus;
  /** Every position that has ever held the ticket (`ticket_involvements`). */
  readonly involvedPositionIds: readonly string[];
}
