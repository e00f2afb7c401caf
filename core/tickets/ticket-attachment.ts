/** A file attached to a ticket; stored under its SHA-256 name, written before its row commits. */
export interface TicketAttachment {
  readonly id: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
  readonly sha256: string;
  /** Relative to the files directory. */
  readonly storagePath: string;
  readonly uploadedByUserId: string | null;
  readonly createdAt: Date;
}

export type NewTicketAttachment = Omit<TicketAttachment, 'id'>;
