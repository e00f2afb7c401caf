/**
 * Who did something to a ticket, kept in its history for auditors. Ids are the database's, as
 * strings, like every id inside core; `userId` is the login that acted, when there was one.
 */
export type TicketActor =
  | { readonly kind: 'staff'; readonly personId: string | null; readonly positionId: string | null; readonly userId?: string | null }
  | { readonly kind: 'requester'; readonly personId?: string | null; readonly userId?: string | null }
  /** A CRM or other system calling the API with a key. */
  | { readonly kind: 'apiKey'; readonly apiKeyId: string }
  /** A process step or timer, such as the escalation timer or the feedback survey. */
  | { readonly kind: 'system' };
