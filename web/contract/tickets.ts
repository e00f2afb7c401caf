/** Request and response types of /api/tickets. Ids are numbers; times ISO 8601 strings. */

export type TicketRequesterInput = { readonly personId: number } | { readonly name: string; readonly phone: string };

export interface RegisterTicketRequest {
  /** Omitted by requesters on the portal: the ticket is theirs. */
  readonly requester?: TicketRequesterInput;
  readonly channel?: 'phone' | 'portal' | 'email' | 'voicemail' | 'api' | 'internal';
  readonly categoryId: number;
  readonly requestType?: 'incident' | 'serviceRequest' | 'information' | 'documentation' | 'change';
  readonly priority?: string;
  readonly subject?: string;
  readonly description: string;
  readonly locationId?: number | null;
  readonly callId?: number | null;
  /** The operator answered on the spot. */
  readonly resolveNow?: { readonly resolution: string };
}

/** What every action on a ticket answers. */
export interface TicketActionResult {
  readonly ticketId: number;
  /** The version to state as `expectedVersion` next time. */
  readonly version: number;
  readonly status: string;
  /** The `Idempotency-Key` had been used: nothing was done again. */
  readonly repeated: boolean;
}

export interface RegisteredTicket extends TicketActionResult {
  readonly trackingCode: string;
}

export interface SlaClockDto {
  readonly targetMinutes: number;
  readonly state: 'running' | 'paused' | 'stopped';
  readonly dueAt: string | null;
  readonly breached: boolean;
  readonly remainingMinutes: number;
}

export interface TicketHistoryEntry {
  readonly id: number;
  /** registered, routed, started, referred, partCompleted, postponed, noted, informationRequested, informationProvided, resolved, reopened, escalated, feedback, closed */
  readonly kind: string;
  readonly at: string;
  readonly actor: { readonly kind: 'staff' | 'requester' | 'apiKey' | 'system'; readonly name: string | null; readonly positionId: number | null };
  readonly visibleToRequester: boolean;
  /** The action's own fields (a note's text, a referral's positions, a postponement's date…). */
  readonly details: Readonly<Record<string, unknown>>;
}

export interface TicketAttachmentDto {
  readonly id: number;
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
  readonly sha256: string;
  readonly createdAt: string;
  /** GET it to download. */
  readonly url: string;
}

export interface TicketDetail {
  readonly id: number;
  readonly version: number;
  readonly trackingCode: string;
  readonly status: string;
  readonly channel: string;
  readonly requestType: string;
  readonly priority: string;
  readonly categoryId: number | null;
  readonly locationId: number | null;
  readonly subject: string;
  readonly description: string;
  readonly requester: { readonly personId: number | null; readonly name: string | null; readonly phone: string | null };
  readonly contractorId: number | null;
  /** The positions that hold it now (a contractor's supervisors for a contractor's ticket). */
  readonly holdingPositionIds: readonly number[];
  readonly pendingPartPositionIds: readonly number[];
  readonly escalationLevel: number;
  readonly reopenCount: number;
  readonly registeredAt: string;
  readonly firstResponseAt: string | null;
  readonly resolvedAt: string | null;
  readonly closedAt: string | null;
  readonly closeReason: string | null;
  readonly postponedUntil: string | null;
  readonly sla: { readonly response: SlaClockDto; readonly resolution: SlaClockDto } | null;
  /** What the caller may do now. */
  readonly allowedActions: readonly string[];
  readonly history: readonly TicketHistoryEntry[];
  readonly attachments: readonly TicketAttachmentDto[];
  /** The ticket-lifecycle process instance: GET /api/processes/instances/:key/path draws its path. */
  readonly processInstanceKey: string | null;
  /** The recording of the call the ticket was registered during, when there is one; GET it to listen. */
  readonly recordingUrl: string | null;
}
