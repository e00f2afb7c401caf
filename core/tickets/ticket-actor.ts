/** Who did something to a ticket, kept in its history for auditors. */
export type TicketActor =
  | { readonly kind: 'staff'; readonly personId: string; readonly positionId: string | null }
  | { readonly kind: 'requester' }
  /** A process step or timer, such as the escalation timer or the feedback survey. */
  | { readonly kind: 'system' };
