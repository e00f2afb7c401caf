/**
 * What changed in the domain, published after the transaction that changed it has committed, so
 * that open cartables, ticket pages and dashboards update live.
 */
export type DomainEvent =
  | {
      readonly type: 'ticket.changed';
      readonly ticketId: number;
      readonly trackingCode: string;
      /** The action kind that changed it (registered, routed, referred, resolved…). */
      readonly action: string;
      readonly status: string;
      /** Positions whose cartables held it before or hold it now: both must refresh. */
      readonly positionIds: readonly number[];
      readonly requesterPersonId: number | null;
      readonly at: Date;
    }
  /**
   * A call for an operator: `offered` (their phone rings; data carries the caller's card),
   * `answered` (the screen pop: the caller's card), `updated` (held, resumed, a transfer that
   * failed), `ended`. `callId` is the row in `calls`.
   */
  | {
      readonly type: 'call.offered' | 'call.answered' | 'call.updated' | 'call.ended';
      readonly callId: number;
      readonly operatorUserId: number | null;
      readonly at: Date;
      readonly data: Readonly<Record<string, unknown>>;
    }
  /** A command for the telephony process was stored (presence, transfer, hold, feedback call): it should look now. */
  | { readonly type: 'telephony.command'; readonly commandId: number; readonly at: Date };

export interface DomainEventSink {
  publish(event: DomainEvent): void;
}

export interface DomainEventSource {
  subscribe(listener: (event: DomainEvent) => void): () => void;
}
