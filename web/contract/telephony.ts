/**
 * /api/telephony: the operator console's presence and call controls, the caller card, call
 * recordings and the administrator's IVR versions. Call events themselves (`call.offered` with the
 * card while the phone rings, `call.answered` the screen pop, `call.updated`, `call.ended`) arrive on
 * /api/events (live-events.ts) with `data` shaped as `CallEventData`.
 */

export type PresenceStatus = 'loggedOut' | 'available' | 'paused';

export interface OperatorPresence {
  readonly userId: number;
  /** The operator's phone as Asterisk dials it, e.g. `PJSIP/1001`. */
  readonly endpoint: string;
  readonly queueIds: readonly string[];
  readonly status: PresenceStatus;
  /** Why paused (`missedCalls` when the ACD paused an operator who let calls ring out). */
  readonly reason: string | null;
  readonly since: string;
}

/** POST /api/telephony/me/login; both default (the person's extension, every queue). */
export interface LoginRequest {
  readonly endpoint?: string;
  readonly queueIds?: readonly string[];
}

export interface PauseRequest {
  readonly reason?: string;
}

export interface CardRequest {
  readonly ticketId: number;
  readonly trackingCode: string;
  readonly subject: string;
  readonly status: string;
  readonly registeredAt: string;
}

/** Who is calling: GET /api/telephony/callers/:number, and `card` in call events. */
export interface CallerCard {
  readonly callerNumber: string;
  readonly phone: string | null;
  readonly person: {
    readonly id: number;
    readonly name: string;
    readonly personnelCode: string;
    readonly unit: string | null;
    readonly position: string | null;
    readonly location: string | null;
    readonly extension: string | null;
  } | null;
  readonly contractor: { readonly id: number; readonly name: string } | null;
  readonly recentCalls: readonly { readonly callId: number; readonly at: string; readonly outcome: string | null; readonly queueId: string | null; readonly operatorUserId: number | null }[];
  readonly openRequests: readonly CardRequest[];
  readonly recentRequests: readonly CardRequest[];
}

/** `data` of the call events on /api/events. */
export interface CallEventData {
  readonly callKey: string;
  readonly callerNumber: string;
  readonly phone: string | null;
  readonly queueId: string | null;
  /** Keys chosen in the IVR, e.g. `1>3`. */
  readonly ivrPath: string;
  readonly categoryCode: string | null;
  /** On `call.offered` and `call.answered`. */
  readonly card?: CallerCard;
  readonly waitedMs?: number;
  readonly transferredFrom?: number;
  readonly transferredTo?: number;
  readonly held?: boolean;
  readonly transferFailed?: { readonly toUserId: number; readonly reason: string };
  readonly talkMs?: number;
}

/** The call the operator is in now: GET /api/telephony/me/call (204 without one). */
export interface CurrentCall {
  /** Pass as `callId` when registering the ticket, so that the recording is attached to it. */
  readonly callId: number;
  readonly callerNumber: string | null;
  readonly queueId: string | null;
  readonly ivrPath: string | null;
  readonly categoryCode: string | null;
  readonly answeredAt: string;
  readonly card: CallerCard;
}

export interface TelephonyMe {
  readonly presence: OperatorPresence | null;
  readonly call: CurrentCall | null;
}

export interface TransferRequest {
  readonly toUserId: number;
}

/** A transfer or hold is carried out by the telephony process; its result arrives as `call.*` events. */
export interface CommandAccepted {
  readonly commandId: number;
}

export interface IvrVersionSummary {
  readonly version: number;
  readonly comment: string | null;
  readonly createdByUserId: number | null;
  readonly createdAt: string;
  readonly activatedAt: string | null;
  readonly active: boolean;
}

/** The IVR definition as core/telephony/ivr/ivr-definition.ts has it (menus, queues, timeouts…). */
export type IvrDefinitionJson = Readonly<Record<string, unknown>>;

export interface IvrVersionDetail extends IvrVersionSummary {
  readonly definition: IvrDefinitionJson;
}

export interface NewIvrVersion {
  readonly definition: IvrDefinitionJson;
  readonly comment?: string;
}

/** A recorded prompt an IVR definition may name, with the Persian the speaker reads. */
export interface RecordedPrompt {
  readonly name: string;
  readonly text: string;
}
