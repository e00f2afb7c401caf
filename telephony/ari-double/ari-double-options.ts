import type { Logger } from '../logger.js';

/** A prompt Asterisk can play, with how long it lasts (what the double's timers simulate). */
export interface SoundDefinition {
  readonly id: string;
  readonly durationMs: number;
  readonly formats: readonly { readonly language: string; readonly format: string }[];
}

/** What a SIP endpoint does when the application originates a call to it. */
export type EndpointBehaviour =
  | { readonly kind: 'answer'; readonly afterMs: number }
  | { readonly kind: 'reject'; readonly afterMs: number; readonly cause?: number }
  | { readonly kind: 'no-answer' }
  /** Rings until the test calls `answerRinging` / `rejectRinging`. */
  | { readonly kind: 'manual' };

export interface SipEndpointDefinition {
  readonly resource: string;
  readonly state: 'online' | 'offline';
  /** Dialplan context of calls from this endpoint. */
  readonly context: string;
  readonly language: string;
  readonly behaviour: EndpointBehaviour;
}

/** One dialplan priority; `${EXTEN}` and `${CHANNEL}` are substituted in `data`. */
export interface DialplanStep {
  readonly app: string;
  readonly data?: string;
}

/** context → extension (exact, or an Asterisk pattern starting with `_`) → priorities from 1. */
export type DialplanContexts = Readonly<Record<string, Readonly<Record<string, readonly DialplanStep[]>>>>;

export interface AriDoubleOptions {
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly username: string;
  readonly password: string;
  /** Simulated time runs this many times faster than real time. */
  readonly speed: number;
  readonly asteriskId: string;
  /** Offset of the simulated server's local time, as it appears in every timestamp. */
  readonly utcOffsetMinutes: number;
  readonly asteriskInfo: Readonly<Record<string, unknown>>;
  readonly sounds: readonly SoundDefinition[];
  readonly endpoints: readonly SipEndpointDefinition[];
  readonly dialplan: DialplanContexts;
  readonly storedRecordings: readonly { readonly name: string; readonly format: string; readonly seconds: number }[];
  /** Resources whose Asterisk module is not loaded: every path under them answers 404. */
  readonly unloadedResources: readonly string[];
  /** Counters behind `Local/…-00000000` and `PJSIP/…-000000fd` names, and `1795418747.67` unique ids. */
  readonly firstLocalChannelNumber: number;
  readonly firstPjsipChannelNumber: number;
  readonly firstUniqueIdSequence: number;
  /** How long `Answer()` on a Local `;2` half waits for the first media frame before going on. */
  readonly answerMediaWaitMs: number;
  /** Ringing time of an originated SIP call before its endpoint's behaviour applies. */
  readonly ringMs: number;
  readonly logger: Logger;
}
