import type { RecordedTicketAction } from './recorded-ticket-action.js';

/** A ticket as the repository hands it to a use case: its log, and what the log cannot say. */
export interface StoredTicket {
  readonly id: number;
  /** Incremented by every action; a client that states the version it saw is refused when it changed. */
  readonly version: number;
  /** The ticket-lifecycle process instance, once started. */
  readonly processInstanceKey: string | null;
  /** The running feedback process instance, while the requester is being asked. */
  readonly feedbackProcessInstanceKey: string | null;
  readonly history: readonly RecordedTicketAction[];
  /** Every position that has ever held the ticket; they may still read it. */
  readonly involvedPositionIds: readonly string[];
}
