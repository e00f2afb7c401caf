/**
 * GET /api/events: a Server-Sent Events stream for the signed-in user (EventSource sends the
 * session cookie). Events, each a JSON `data` line:
 * - `ready` once at the start: `LiveReady`;
 * - `ticket.changed`: `LiveTicketChanged`, only for tickets the user may see; refetch the cartable
 *   or ticket page it concerns;
 * - `call.offered`, `call.answered`, `call.updated`, `call.ended`: `LiveCallEvent`, only to the
 *   operator concerned;
 * - `heartbeat` every `heartbeatMs`: `{ at }`; a stream silent for twice that is dead.
 * The server ends every stream after `maxAgeMs` so that a change of roles or positions applies;
 * EventSource reconnects by itself (after `retry`). Nothing is replayed on reconnection: refetch.
 */
export interface LiveReady {
  readonly heartbeatMs: number;
  readonly maxAgeMs: number;
}

export interface LiveTicketChanged {
  readonly ticketId: number;
  readonly trackingCode: string;
  /** The action that changed it: registered, routed, referred, resolved… */
  readonly action: string;
  readonly status: string;
  /** The positions among the user's visible ones whose cartables held it before or hold it now. */
  readonly positionIds: readonly number[];
  readonly at: string;
}

export interface LiveCallEvent {
  readonly callId: number;
  readonly at: string;
  readonly data: Readonly<Record<string, unknown>>;
}
