import type { TicketAction } from './ticket-action.js';
import type { StoredTicket } from './stored-ticket.js';
import type { NewTicketAttachment, TicketAttachment } from './ticket-attachment.js';
import type { TicketReadModel } from './ticket-read-model.js';

export interface AppendOptions {
  /** Unique across all tickets; an action with a key already used is a repeat of that one. */
  readonly idempotencyKey: string | null;
  readonly visibleToRequester: boolean;
  /** The login that acted, for the audit columns. */
  readonly actorUserId: string | null;
}

/** The write side of tickets, bound to one unit of work (implemented in database/repositories/tickets). */
export interface TicketRepository {
  /** Inserts a new ticket's read model (version 1) and returns its id; null when the tracking code is taken. */
  insert(model: TicketReadModel, registeredByUserId: string | null): Promise<number | null>;
  /** The ticket with its whole log, locked until the unit of work ends; null when there is none. */
  loadForUpdate(ticketId: number): Promise<StoredTicket | null>;
  /** The ticket and log entry an idempotency key was used for. */
  findByIdempotencyKey(key: string): Promise<{ readonly ticketId: number; readonly actionId: string } | null>;
  /** Appends to the log (never updated or deleted) and returns the entry's id. */
  append(ticketId: number, action: TicketAction, options: AppendOptions): Promise<string>;
  /** Writes the read model if the ticket is still at `expectedVersion`, moving it one version on; false when it moved meanwhile. */
  update(ticketId: number, expectedVersion: number, model: TicketReadModel): Promise<boolean>;
  /** The positions whose cartables hold the ticket now (replacing the previous ones). */
  setAssignments(ticketId: number, positionIds: readonly string[], since: Date): Promise<void>;
  /** Positions that held the ticket; kept for good so that they may still read it. */
  addInvolvements(ticketId: number, positionIds: readonly string[], since: Date): Promise<void>;
  setProcessInstanceKey(ticketId: number, process: 'lifecycle' | 'feedback', processInstanceKey: string | null): Promise<void>;
  /** The ticket for reading, without a lock; the log carries the actors' names. */
  load(ticketId: number): Promise<StoredTicket | null>;
  findIdByTrackingCode(trackingCode: string): Promise<number | null>;
  listAttachments(ticketId: number): Promise<TicketAttachment[]>;
  addAttachment(ticketId: number, attachment: NewTicketAttachment): Promise<string>;
}
