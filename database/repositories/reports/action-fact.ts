/** One entry of a ticket's log, with the few payload fields the reports read. */
export interface ActionFact {
  readonly id: number;
  readonly ticketId: number;
  readonly kind: string;
  readonly at: Date;
  /** When the ticket was registered, for durations up to this action. */
  readonly ticketRegisteredAt: Date;
  readonly actorUserId: number | null;
  readonly actorPersonId: number | null;
  readonly actorPositionId: number | null;
  /** `resolved`: the position that resolved it, when given. */
  readonly byPositionId: number | null;
  /** `feedback`: the requester's score (1–5), or null when they did not answer. */
  readonly score: number | null;
}
