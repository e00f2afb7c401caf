/** Why an offered call was not taken by the operator whose phone rang. */
export type RingFailure = 'noAnswer' | 'busy' | 'rejected' | 'unreachable';

/**
 * What the ACD decides; the executor rings and hangs up operator phones, tells the caller's flow,
 * and stores the facts (offered, answered, abandoned, missed, talk time) for the reports.
 */
export type AcdDecision =
  /** Ring the operator's phone; the answer or failure comes back as `answered` / `ringFailed`. */
  | { readonly kind: 'ring'; readonly callId: string; readonly userId: number; readonly endpoint: string; readonly queueId: string; readonly timeoutMs: number; readonly transfer: boolean }
  /** Stop ringing (the ring timed out, the caller left, the operator paused). */
  | { readonly kind: 'cancelRing'; readonly callId: string; readonly userId: number }
  | { readonly kind: 'connected'; readonly callId: string; readonly userId: number; readonly queueId: string; readonly waitedMs: number }
  | { readonly kind: 'transferred'; readonly callId: string; readonly fromUserId: number; readonly toUserId: number }
  | { readonly kind: 'transferFailed'; readonly callId: string; readonly userId: number; readonly toUserId: number; readonly reason: RingFailure | 'unavailable' }
  | { readonly kind: 'announce'; readonly callId: string; readonly position: number; readonly estimatedWaitMs: number }
  | { readonly kind: 'toVoicemail'; readonly callId: string; readonly queueId: string; readonly reason: 'maxWait' | 'noOperators'; readonly waitedMs: number }
  | { readonly kind: 'overflowed'; readonly callId: string; readonly fromQueueId: string; readonly toQueueId: string }
  | { readonly kind: 'abandoned'; readonly callId: string; readonly queueId: string; readonly waitedMs: number }
  | { readonly kind: 'missed'; readonly callId: string; readonly userId: number; readonly queueId: string; readonly reason: RingFailure }
  | { readonly kind: 'ended'; readonly callId: string; readonly userId: number; readonly queueId: string; readonly talkMs: number }
  /** The operator let too many calls ring out and is paused; their presence should say so. */
  | { readonly kind: 'autoPaused'; readonly userId: number };
