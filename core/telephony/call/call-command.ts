import type { CallTimer } from './call-timer.js';

/**
 * What a call flow decides, for the executor to carry out over ARI or the database. Each result
 * comes back as a `CallEvent`.
 */
export type CallCommand =
  | { readonly kind: 'answer' }
  /** Plays the prompts in order as one playback; `playbackFinished` with this id follows. */
  | { readonly kind: 'play'; readonly playbackId: string; readonly prompts: readonly string[] }
  | { readonly kind: 'stopPlayback'; readonly playbackId: string }
  | { readonly kind: 'startTimer'; readonly timer: CallTimer; readonly ms: number }
  | { readonly kind: 'cancelTimer'; readonly timer: CallTimer }
  | { readonly kind: 'startMusicOnHold' }
  | { readonly kind: 'stopMusicOnHold' }
  /** Looks the caller ID up in the directory; `callerIdentified` follows. */
  | { readonly kind: 'identifyCaller' }
  /** `callerIdentified` follows (with null when no one has this code). */
  | { readonly kind: 'identifyByPersonnelCode'; readonly personnelCode: string }
  /** Hands the call to the ACD; `queueAnnouncement`, `queueGaveUp` or `operatorAnswered` follow. */
  | { readonly kind: 'enqueue'; readonly queueId: string }
  /** Bridges the caller with the operator who answered (recorded), or swaps in the new operator of a transfer. */
  | { readonly kind: 'connectOperator'; readonly operatorChannelId: string }
  /** Takes the caller out of the operator bridge to music on hold, and back. */
  | { readonly kind: 'holdCaller' }
  | { readonly kind: 'resumeCaller' }
  /** Records the caller after a beep until `#`, silence or the maximum; `recordingFinished` follows. */
  | { readonly kind: 'recordVoicemail'; readonly recordingName: string; readonly maxSeconds: number }
  /** Files the recorded message as a ticket; `voicemailSaved` follows. */
  | { readonly kind: 'saveVoicemail'; readonly recordingName: string; readonly categoryCode: string | null }
  /** The caller's open requests; `openRequestsFound` follows. */
  | { readonly kind: 'findOpenRequests' }
  /** A request by its tracking code, if it is the caller's; `requestFound` follows. */
  | { readonly kind: 'findRequest'; readonly trackingCode: string }
  | { readonly kind: 'hangup' };
