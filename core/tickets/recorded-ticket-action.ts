import type { TicketAction } from './ticket-action.js';

/** An action as stored in a ticket's append-only log. */
export interface RecordedTicketAction {
  /** The log entry's id (database ids are strings inside core). */
  readonly id: string;
  readonly action: TicketAction;
  /** Private notes are hidden from the requester; everything else is shown. */
  readonly visibleToRequester: boolean;
  /** Who acted, as people read it (a person's or user's name); null for the system. Filled on reads. */
  readonly actorName?: string | null;
}
