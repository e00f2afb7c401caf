import type { IvrDefinition, QueueDefinition } from '../ivr/ivr-definition.js';
import type { AcdDecision, RingFailure } from './acd-decision.js';
import { estimateWait } from './estimate-wait.js';

/** An operator logging in: the phone to ring and the queues (sections) they answer. */
export interface AcdOperator {
  readonly userId: number;
  /** The ARI endpoint of their phone, e.g. `PJSIP/1001`. */
  readonly endpoint: string;
  readonly queueIds: readonly string[];
}

export type OperatorStatus = 'available' | 'paused' | 'ringing' | 'busy' | 'wrapUp';

interface OperatorState {
  readonly userId: number;
  endpoint: string;
  queueIds: ReadonlySet<string>;
  status: OperatorStatus;
  /** Since when the operator has been free: the longest idle is offered the next call. */
  idleSince: number;
  wrapUpUntil: number;
  /** The call ringing or in conversation. */
  callId: string | null;
  ringUntil: number;
  consecutiveMisses: number;
  /** What the operator asked for while busy, applied when the call ends. */
  afterCall: 'available' | 'paused' | 'loggedOut';
}

interface WaitingCall {
  readonly callId: string;
  readonly sequence: number;
  queueId: string;
  readonly enqueuedAt: number;
  nextAnnounceAt: number;
  overflowed: boolean;
  ringing: number | null;
  readonly tried: Set<number>;
}

interface Conversation {
  readonly callId: string;
  userId: number;
  readonly queueId: string;
  connectedAt: number;
  /** The operator a transfer is ringing. */
  transferTo: number | null;
}

export interface QueueSnapshot {
  readonly queueId: string;
  readonly waiting: number;
  readonly oldestWaitMs: number;
  readonly loggedIn: number;
  readonly available: number;
  readonly averageHandleMs: number;
}

export interface OperatorSnapshot {
  readonly userId: number;
  readonly endpoint: string;
  readonly queueIds: readonly string[];
  readonly status: OperatorStatus;
  readonly callId: string | null;
  readonly idleSince: number;
}

/** Weight of the latest talk time in a queue's running average handle time. */
const HANDLE_TIME_WEIGHT = 0.2;

/**
 * Automatic call distribution over the queues of the IVR definition: each waiting call, oldest
 * first, is offered to the longest-idle available operator of its queue; a ring that times out
 * goes to the next operator; callers hear their position and estimated wait every so often; after
 * the maximum wait, or with nobody logged in, the call goes to voicemail, unless it can overflow to
 * the least busy queue. Pure: every method takes the time, and `nextWakeAt` says when `tick` is due.
 */
export class Acd {
  #queues = new Map<string, QueueDefinition>();
  #definition!: IvrDefinition;
  readonly #operators = new Map<number, OperatorState>();
  readonly #waiting = new Map<string, WaitingCall>();
  readonly #conversations = new Map<string, Conversation>();
  readonly #handleMs = new Map<string, number>();
  #sequence = 0;

  constructor(definition: IvrDefinition) {
    this.reconfigure(definition);
  }

  /** A new IVR version: queues change for calls to come; calls already waiting keep their place. */
  reconfigure(definition: IvrDefinition): void {
    this.#definition = definition;
    this.#queues = new Map(definition.queues.map((queue) => [queue.id, queue]));
  }

  logIn(operator: AcdOperator, now: number): AcdDecision[] {
    const existing = this.#operators.get(operator.userId);
    if (existing !== undefined) {
      existing.endpoint = operator.endpoint;
      existing.queueIds = new Set(operator.queueIds);
      if (existing.afterCall === 'loggedOut') existing.afterCall = 'available';
      return this.#dispatch(now);
    }
    this.#operators.set(operator.userId, {
      userId: operator.userId,
      endpoint: operator.endpoint,
      queueIds: new Set(operator.queueIds),
      status: 'available',
      idleSince: now,
      wrapUpUntil: 0,
      callId: null,
      ringUntil: 0,
      consecutiveMisses: 0,
      afterCall: 'available',
    });
    return this.#dispatch(now);
  }

  logOut(userId: number, now: number): AcdDecision[] {
    const operator = this.#operators.get(userId);
    if (operator === undefined) return [];
    if (operator.status === 'busy') {
      operator.afterCall = 'loggedOut';
      return [];
    }
    const decisions = operator.status === 'ringing' ? this.#withdrawRing(operator) : [];
    this.#operators.delete(userId);
    return [...decisions, ...this.#dispatch(now)];
  }

  pause(userId: number, now: number): AcdDecision[] {
    const operator = this.#operators.get(userId);
    if (operator === undefined) return [];
    if (operator.status === 'busy') {
      operator.afterCall = 'paused';
      return [];
    }
    const decisions = operator.status === 'ringing' ? this.#withdrawRing(operator) : [];
    operator.status = 'paused';
    return [...decisions, ...this.#dispatch(now)];
  }

  resume(userId: number, now: number): AcdDecision[] {
    const operator = this.#operators.get(userId);
    if (operator === undefined) return [];
    if (operator.status === 'busy') {
      operator.afterCall = 'available';
      return [];
    }
    if (operator.status !== 'paused') return [];
    operator.status = 'available';
    operator.idleSince = now;
    operator.consecutiveMisses = 0;
    return this.#dispatch(now);
  }

  enqueue(callId: string, queueId: string, now: number): AcdDecision[] {
    const queue = this.#queues.get(queueId);
    if (queue === undefined) return [{ kind: 'toVoicemail', callId, queueId, reason: 'noOperators', waitedMs: 0 }];
    const call: WaitingCall = {
      callId,
      sequence: this.#sequence++,
      queueId,
      enqueuedAt: now,
      nextAnnounceAt: now + queue.announceEveryMs,
      overflowed: false,
      ringing: null,
      tried: new Set(),
    };
    this.#waiting.set(callId, call);
    return [...this.#rescueUnstaffed(now), ...this.#dispatch(now)];
  }

  /** The caller hung up: abandoned if still waiting, the end of the conversation otherwise. */
  leave(callId: string, now: number): AcdDecision[] {
    const call = this.#waiting.get(callId);
    if (call !== undefined) {
      this.#waiting.delete(callId);
      const decisions: AcdDecision[] = [];
      if (call.ringing !== null) decisions.push(...this.#releaseRinging(call.ringing, callId));
      decisions.push({ kind: 'abandoned', callId, queueId: call.queueId, waitedMs: now - call.enqueuedAt });
      return [...decisions, ...this.#dispatch(now)];
    }
    return this.end(callId, now);
  }

  /** An operator picked up the phone the ACD rang. */
  answered(callId: string, userId: number, now: number): AcdDecision[] {
    const operator = this.#operators.get(userId);
    const call = this.#waiting.get(callId);
    if (operator !== undefined && call !== undefined && call.ringing === userId) {
      this.#waiting.delete(callId);
      operator.status = 'busy';
      operator.consecutiveMisses = 0;
      this.#conversations.set(callId, { callId, userId, queueId: call.queueId, connectedAt: now, transferTo: null });
      return [{ kind: 'connected', callId, userId, queueId: call.queueId, waitedMs: now - call.enqueuedAt }];
    }
    const conversation = this.#conversations.get(callId);
    if (operator !== undefined && conversation !== undefined && conversation.transferTo === userId) {
      const fromUserId = conversation.userId;
      conversation.transferTo = null;
      conversation.userId = userId;
      operator.status = 'busy';
      operator.consecutiveMisses = 0;
      const previous = this.#operators.get(fromUserId);
      const decisions: AcdDecision[] = [{ kind: 'transferred', callId, fromUserId, toUserId: userId }];
      if (previous !== undefined) decisions.push(...this.#afterConversation(previous, conversation.queueId, now));
      return [...decisions, ...this.#dispatch(now)];
    }
    // The call went away while the phone rang: the operator picked up nothing.
    const decisions: AcdDecision[] = [{ kind: 'cancelRing', callId, userId }];
    if (operator !== undefined && operator.callId === callId) this.#free(operator);
    return [...decisions, ...this.#dispatch(now)];
  }

  /** The operator's phone did not take the call (timeout, busy, declined, unreachable). */
  ringFailed(callId: string, userId: number, reason: RingFailure, now: number): AcdDecision[] {
    const operator = this.#operators.get(userId);
    if (operator === undefined || operator.callId !== callId || operator.status !== 'ringing') return [];
    return [...this.#missed(operator, reason), ...this.#dispatch(now)];
  }

  /** The conversation ended (either side hung up). */
  end(callId: string, now: number): AcdDecision[] {
    const conversation = this.#conversations.get(callId);
    if (conversation === undefined) return [];
    this.#conversations.delete(callId);
    const decisions: AcdDecision[] = [];
    const talkMs = now - conversation.connectedAt;
    const previous = this.#handleMs.get(conversation.queueId) ?? this.#definition.defaultHandleMs;
    this.#handleMs.set(conversation.queueId, previous + HANDLE_TIME_WEIGHT * (talkMs - previous));
    decisions.push({ kind: 'ended', callId, userId: conversation.userId, queueId: conversation.queueId, talkMs });
    if (conversation.transferTo !== null) decisions.push(...this.#releaseRinging(conversation.transferTo, callId));
    const operator = this.#operators.get(conversation.userId);
    if (operator !== undefined) decisions.push(...this.#afterConversation(operator, conversation.queueId, now));
    return [...decisions, ...this.#dispatch(now)];
  }

  /** The operator in conversation asks for the call to go to a colleague, who must be available. */
  transfer(callId: string, toUserId: number, now: number): AcdDecision[] {
    const conversation = this.#conversations.get(callId);
    const target = this.#operators.get(toUserId);
    if (conversation === undefined) return [];
    if (target === undefined || target.status !== 'available' || conversation.transferTo !== null || toUserId === conversation.userId) {
      return [{ kind: 'transferFailed', callId, userId: conversation.userId, toUserId, reason: 'unavailable' }];
    }
    conversation.transferTo = toUserId;
    const timeoutMs = this.#queues.get(conversation.queueId)?.ringTimeoutMs ?? 20_000;
    target.status = 'ringing';
    target.callId = callId;
    target.ringUntil = now + timeoutMs;
    return [{ kind: 'ring', callId, userId: toUserId, endpoint: target.endpoint, queueId: conversation.queueId, timeoutMs, transfer: true }];
  }

  tick(now: number): AcdDecision[] {
    const decisions: AcdDecision[] = [];
    for (const operator of this.#operators.values()) {
      if (operator.status === 'ringing' && now >= operator.ringUntil && operator.callId !== null) {
        decisions.push({ kind: 'cancelRing', callId: operator.callId, userId: operator.userId }, ...this.#missed(operator, 'noAnswer'));
      } else if (operator.status === 'wrapUp' && now >= operator.wrapUpUntil) {
        operator.status = 'available';
        operator.idleSince = operator.wrapUpUntil;
      }
    }
    for (const call of [...this.#waiting.values()]) {
      const queue = this.#queues.get(call.queueId);
      if (queue === undefined) continue;
      if (now - call.enqueuedAt >= queue.maxWaitMs) {
        decisions.push(...this.#toVoicemail(call, 'maxWait', now));
        continue;
      }
      if (queue.overflow !== null && !call.overflowed && call.ringing === null && now - call.enqueuedAt >= queue.overflow.afterMs) {
        decisions.push(...this.#overflow(call, queue));
      }
      if (now >= call.nextAnnounceAt) {
        const current = this.#queues.get(call.queueId) ?? queue;
        while (call.nextAnnounceAt <= now) call.nextAnnounceAt += current.announceEveryMs;
        if (call.ringing === null) decisions.push({ kind: 'announce', callId: call.callId, ...this.#positionOf(call) });
      }
    }
    return [...decisions, ...this.#rescueUnstaffed(now), ...this.#dispatch(now)];
  }

  /** When `tick` must run next, or null when nothing is pending. */
  nextWakeAt(): number | null {
    let next = Number.POSITIVE_INFINITY;
    for (const operator of this.#operators.values()) {
      if (operator.status === 'ringing') next = Math.min(next, operator.ringUntil);
      if (operator.status === 'wrapUp') next = Math.min(next, operator.wrapUpUntil);
    }
    for (const call of this.#waiting.values()) {
      const queue = this.#queues.get(call.queueId);
      if (queue === undefined) continue;
      next = Math.min(next, call.enqueuedAt + queue.maxWaitMs, call.nextAnnounceAt);
      if (queue.overflow !== null && !call.overflowed) next = Math.min(next, call.enqueuedAt + queue.overflow.afterMs);
    }
    return next === Number.POSITIVE_INFINITY ? null : next;
  }

  isWaiting(callId: string): boolean {
    return this.#waiting.has(callId);
  }

  /** The operator in conversation with the call. */
  operatorOf(callId: string): number | null {
    return this.#conversations.get(callId)?.userId ?? null;
  }

  /** The call an operator is talking to. */
  conversationOf(userId: number): string | null {
    for (const conversation of this.#conversations.values()) if (conversation.userId === userId) return conversation.callId;
    return null;
  }

  queues(now: number): QueueSnapshot[] {
    return [...this.#queues.values()].map((queue) => {
      const waiting = [...this.#waiting.values()].filter((call) => call.queueId === queue.id);
      const members = [...this.#operators.values()].filter((operator) => operator.queueIds.has(queue.id));
      return {
        queueId: queue.id,
        waiting: waiting.length,
        oldestWaitMs: waiting.reduce((oldest, call) => Math.max(oldest, now - call.enqueuedAt), 0),
        loggedIn: members.length,
        available: members.filter((operator) => operator.status === 'available').length,
        averageHandleMs: Math.round(this.#handleMs.get(queue.id) ?? this.#definition.defaultHandleMs),
      };
    });
  }

  operators(): OperatorSnapshot[] {
    return [...this.#operators.values()].map((operator) => ({
      userId: operator.userId,
      endpoint: operator.endpoint,
      queueIds: [...operator.queueIds],
      status: operator.status,
      callId: operator.callId,
      idleSince: operator.idleSince,
    }));
  }

  #dispatch(now: number): AcdDecision[] {
    const available = [...this.#operators.values()].filter((operator) => operator.status === 'available');
    if (available.length === 0) return [];
    const decisions: AcdDecision[] = [];
    const calls = [...this.#waiting.values()].filter((call) => call.ringing === null).sort((a, b) => a.enqueuedAt - b.enqueuedAt || a.sequence - b.sequence);
    for (const call of calls) {
      const queue = this.#queues.get(call.queueId);
      if (queue === undefined) continue;
      const operator = longestIdle(available, call);
      if (operator === undefined) continue;
      call.ringing = operator.userId;
      call.tried.add(operator.userId);
      operator.status = 'ringing';
      operator.callId = call.callId;
      operator.ringUntil = now + queue.ringTimeoutMs;
      decisions.push({ kind: 'ring', callId: call.callId, userId: operator.userId, endpoint: operator.endpoint, queueId: call.queueId, timeoutMs: queue.ringTimeoutMs, transfer: false });
    }
    return decisions;
  }

  /** The operator stops ringing for the call (they paused or logged out): it waits for the next operator. */
  #withdrawRing(operator: OperatorState): AcdDecision[] {
    const callId = operator.callId;
    if (callId === null) return [];
    const decisions: AcdDecision[] = [{ kind: 'cancelRing', callId, userId: operator.userId }];
    const call = this.#waiting.get(callId);
    if (call !== undefined && call.ringing === operator.userId) call.ringing = null;
    const conversation = this.#conversations.get(callId);
    if (conversation !== undefined && conversation.transferTo === operator.userId) {
      conversation.transferTo = null;
      decisions.push({ kind: 'transferFailed', callId, userId: conversation.userId, toUserId: operator.userId, reason: 'unavailable' });
    }
    this.#free(operator);
    return decisions;
  }

  /** The call left while this operator's phone rang for it. */
  #releaseRinging(userId: number, callId: string): AcdDecision[] {
    const operator = this.#operators.get(userId);
    if (operator === undefined || operator.callId !== callId || operator.status !== 'ringing') return [];
    this.#free(operator);
    return [{ kind: 'cancelRing', callId, userId }];
  }

  #missed(operator: OperatorState, reason: RingFailure): AcdDecision[] {
    const callId = operator.callId as string;
    const decisions: AcdDecision[] = [];
    const call = this.#waiting.get(callId);
    const conversation = this.#conversations.get(callId);
    if (call !== undefined && call.ringing === operator.userId) {
      call.ringing = null;
      decisions.push({ kind: 'missed', callId, userId: operator.userId, queueId: call.queueId, reason });
    } else if (conversation !== undefined && conversation.transferTo === operator.userId) {
      conversation.transferTo = null;
      decisions.push({ kind: 'transferFailed', callId, userId: conversation.userId, toUserId: operator.userId, reason });
    }
    operator.consecutiveMisses += 1;
    const limit = this.#definition.autoPauseAfterMisses;
    // A phone that cannot ring is not a person away from the desk: only real misses pause.
    if (limit > 0 && reason !== 'unreachable' && operator.consecutiveMisses >= limit) {
      operator.status = 'paused';
      operator.callId = null;
      decisions.push({ kind: 'autoPaused', userId: operator.userId });
    } else {
      operator.status = 'available';
      operator.callId = null;
    }
    return decisions;
  }

  /** Back to available without touching the idle time: a ring that came to nothing is not work. */
  #free(operator: OperatorState): void {
    operator.status = 'available';
    operator.callId = null;
  }

  #afterConversation(operator: OperatorState, queueId: string, now: number): AcdDecision[] {
    operator.callId = null;
    const after = operator.afterCall;
    operator.afterCall = 'available';
    if (after === 'loggedOut') {
      this.#operators.delete(operator.userId);
      return [];
    }
    if (after === 'paused') {
      operator.status = 'paused';
      return [];
    }
    const wrapUpMs = this.#queues.get(queueId)?.wrapUpMs ?? 0;
    if (wrapUpMs > 0) {
      operator.status = 'wrapUp';
      operator.wrapUpUntil = now + wrapUpMs;
    } else {
      operator.status = 'available';
      operator.idleSince = now;
    }
    return [];
  }

  #toVoicemail(call: WaitingCall, reason: 'maxWait' | 'noOperators', now: number): AcdDecision[] {
    this.#waiting.delete(call.callId);
    const decisions: AcdDecision[] = [];
    if (call.ringing !== null) decisions.push(...this.#releaseRinging(call.ringing, call.callId));
    decisions.push({ kind: 'toVoicemail', callId: call.callId, queueId: call.queueId, reason, waitedMs: now - call.enqueuedAt });
    return decisions;
  }

  /** Calls waiting in a queue nobody is logged in to overflow if they can, or go to voicemail. */
  #rescueUnstaffed(now: number): AcdDecision[] {
    if (this.#waiting.size === 0) return [];
    const loggedIn = this.#loggedInByQueue();
    const decisions: AcdDecision[] = [];
    for (const call of [...this.#waiting.values()]) {
      if ((loggedIn.get(call.queueId) ?? 0) > 0) continue;
      const queue = this.#queues.get(call.queueId);
      const moved = queue?.overflow != null && !call.overflowed ? this.#overflow(call, queue) : [];
      decisions.push(...(moved.length > 0 ? moved : this.#toVoicemail(call, 'noOperators', now)));
    }
    return decisions;
  }

  /** Moves the call to the least busy overflow queue with someone logged in; none → stays. */
  #overflow(call: WaitingCall, queue: QueueDefinition): AcdDecision[] {
    if (queue.overflow === null) return [];
    let best: { queueId: string; load: number; available: number } | undefined;
    for (const queueId of queue.overflow.toQueueIds) {
      const staffed = this.#staffed(queueId);
      if (this.#loggedIn(queueId) === 0 || !this.#queues.has(queueId)) continue;
      const waiting = [...this.#waiting.values()].filter((other) => other.queueId === queueId).length;
      const available = [...this.#operators.values()].filter((operator) => operator.status === 'available' && operator.queueIds.has(queueId)).length;
      const load = waiting / Math.max(1, staffed);
      if (best === undefined || load < best.load || (load === best.load && available > best.available)) best = { queueId, load, available };
    }
    if (best === undefined) return [];
    const fromQueueId = call.queueId;
    call.queueId = best.queueId;
    call.overflowed = true;
    return [{ kind: 'overflowed', callId: call.callId, fromQueueId, toQueueId: best.queueId }];
  }

  #positionOf(call: WaitingCall): { position: number; estimatedWaitMs: number } {
    let ahead = 0;
    for (const other of this.#waiting.values()) {
      if (other.queueId === call.queueId && (other.enqueuedAt < call.enqueuedAt || (other.enqueuedAt === call.enqueuedAt && other.sequence < call.sequence))) ahead += 1;
    }
    const position = ahead + 1;
    const handleMs = this.#handleMs.get(call.queueId) ?? this.#definition.defaultHandleMs;
    return { position, estimatedWaitMs: estimateWait(position, this.#staffed(call.queueId), handleMs) };
  }

  #loggedIn(queueId: string): number {
    let count = 0;
    for (const operator of this.#operators.values()) if (operator.queueIds.has(queueId)) count += 1;
    return count;
  }

  #loggedInByQueue(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const operator of this.#operators.values()) for (const queueId of operator.queueIds) counts.set(queueId, (counts.get(queueId) ?? 0) + 1);
    return counts;
  }

  /** Operators of the queue who are at work (not paused). */
  #staffed(queueId: string): number {
    let count = 0;
    for (const operator of this.#operators.values()) if (operator.queueIds.has(queueId) && operator.status !== 'paused') count += 1;
    return count;
  }
}

/** The available operator of the call's queue free the longest, preferring those not yet tried for it. */
function longestIdle(available: readonly OperatorState[], call: WaitingCall): OperatorState | undefined {
  let best: OperatorState | undefined;
  let bestTried = true;
  for (const operator of available) {
    if (operator.status !== 'available' || !operator.queueIds.has(call.queueId)) continue;
    const tried = call.tried.has(operator.userId);
    const better =
      best === undefined ||
      (bestTried && !tried) ||
      (bestTried === tried && (operator.idleSince < best.idleSince || (operator.idleSince === best.idleSince && operator.userId < best.userId)));
    if (better) {
      best = operator;
      bestTried = tried;
    }
  }
  return best;
}
