import type { TicketStatus } from '../../tickets/ticket-status.js';

/** What the phone follow-up says about a request. */
export interface RequestSummary {
  readonly trackingCode: string;
  readonly status: TicketStatus;
  readonly registeredAt: Date;
  /** When it is expected to be done; spoken only while it is open. */
  readonly resolutionDueAt: Date | null;
}
