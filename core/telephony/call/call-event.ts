import type { CallTimer } from './call-timer.js';
import type { CallerIdentity } from './caller-identity.js';
import type { RequestSummary } from './request-summary.js';

/** What happened to a call, fed to its flow by the executor. */
export type CallEvent =
  /** Ended in any way: played out, stopped, failed, or gone while the events socket was down. */
  | { readonly kind: 'playbackFinished'; readonly playbackId: string }
  | { readonly kind: 'dtmf'; readonly digit: string }
  | { readonly kind: 'timer'; readonly timer: CallTimer }
  | { readonly kind: 'callerIdentified'; readonly caller: CallerIdentity | null }
  | { readonly kind: 'queueAnnouncement'; readonly position: number; readonly estimatedWaitMs: number }
  | { readonly kind: 'queueGaveUp'; readonly reason: 'maxWait' | 'noOperators' }
  | { readonly kind: 'operatorAnswered'; readonly operatorChannelId: string }
  | { readonly kind: 'operatorHungUp' }
  | { readonly kind: 'holdRequested' }
  | { readonly kind: 'resumeRequested' }
  | { readonly kind: 'recordingFinished'; readonly recordingName: string; readonly seconds: number }
  | { readonly kind: 'voicemailSaved'; readonly trackingCode: string | null }
  | { readonly kind: 'openRequestsFound'; readonly requests: readonly RequestSummary[] }
  | { readonly kind: 'requestFound'; readonly request: RequestSummary | null }
  /** The caller hung up (or the channel is gone). */
  | { readonly kind: 'hungUp' };
