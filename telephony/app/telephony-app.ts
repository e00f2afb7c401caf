import { randomUUID } from 'node:crypto';
import type { BusinessCalendar } from '../../core/calendar/business-calendar.js';
import type { DomainEvent, DomainEventSink, DomainEventSource } from '../../core/events/domain-events.js';
import { Acd, type OperatorSnapshot, type QueueSnapshot } from '../../core/telephony/acd/acd.js';
import type { AcdDecision, RingFailure } from '../../core/telephony/acd/acd-decision.js';
import { afterFailedDial, type FeedbackCallPolicy } from '../../core/telephony/feedback-call/feedback-call-policy.js';
import type { IvrDefinition } from '../../core/telephony/ivr/ivr-definition.js';
import type { Database } from '../../database/database.js';
import { closeCallOffer, insertCallOffer } from '../../database/telephony/call-log.js';
import { getOperatorPresence, listLoggedInOperators, saveOperatorPresence } from '../../database/telephony/operator-presence.js';
import {
  completeTelephonyCommand,
  type StoredCommand,
  storeTelephonyCommand,
  takeDueTelephonyCommands,
  type TelephonyCommand,
} from '../../database/telephony/telephony-commands.js';
import type { AriCommands } from '../ari/ari-commands.js';
import type { AriConnection } from '../ari/ari-connection.js';
import type { AnyAriEvent, AriChannel, AriEventMap } from '../ari/ari-event.js';
import { readStoredAudio } from '../files/read-stored-audio.js';
import { wavSeconds } from '../files/wav-seconds.js';
import type { Logger } from '../logger.js';
import type { TicketDesk } from '../tickets/ticket-desk.js';
import type { TelephonyTime } from '../time/telephony-time.js';
import type { CallChannel, PlaybackRouting } from './call-channel.js';
import { FeedbackCall, type FeedbackCallCommand } from './feedback-call.js';
import { type CallHost, InboundCall, type InboundCallSettings } from './inbound-call.js';
import type { OfferResult, OperatorLeg } from './operator-leg.js';

export interface TelephonyAppSettings extends InboundCallSettings {
  readonly soundPrefix: string;
  readonly language: string;
  /** Caller ID shown on operators' phones when the caller's number is unknown. */
  readonly operatorCallerId: string;
  /** `PJSIP/{number}@trunk`: how feedback calls dial out. */
  readonly dialEndpoint: string;
  readonly outboundCallerId: string;
  readonly feedbackCallPolicy: FeedbackCallPolicy;
  /** How often stored commands are looked for (they also arrive as `telephony.command` events). */
  readonly commandPollMs: number;
}

/** The IVR definition in force and the calendar its after-hours treatment follows. */
export interface IvrInForce {
  readonly version: number | null;
  readonly definition: IvrDefinition;
  readonly calendar: BusinessCalendar;
}

export interface TelephonyAppDeps {
  readonly connection: AriConnection;
  readonly ari: AriCommands;
  readonly db: Database;
  readonly events: DomainEventSink & Partial<DomainEventSource>;
  readonly ticketDesk: TicketDesk;
  readonly time: TelephonyTime;
  readonly logger: Logger;
  readonly settings: TelephonyAppSettings;
  /** Reads the IVR definition in force (at start and after `reloadIvr`). */
  readonly loadIvr: () => Promise<IvrInForce>;
}

type Owner = InboundCall | FeedbackCall;

/** The ARI events the application acts on (`#route`, playbacks' ends); Asterisk is asked for these only. */
export const TELEPHONY_EVENT_TYPES: readonly string[] = [
  'StasisStart',
  'StasisEnd',
  'ChannelDestroyed',
  'ChannelDtmfReceived',
  'PlaybackFinished',
  'RecordingFinished',
  'RecordingFailed',
  'ApplicationReplaced',
];

/**
 * The Stasis application: routes ARI events to the calls they concern, runs the ACD over the
 * operators' presence, rings and bridges operators, pushes call events (the screen pop) to their
 * consoles, carries out the commands the API and workers store, and after a lost events socket
 * resynchronizes its view of every channel with Asterisk.
 */
export class TelephonyApp implements CallHost, PlaybackRouting {
  readonly #deps: TelephonyAppDeps;
  readonly #log: Logger;
  #ivr!: IvrInForce;
  #acd!: Acd;
  readonly #byChannel = new Map<string, Owner>();
  readonly #calls = new Map<string, InboundCall>();
  readonly #legs = new Map<string, OperatorLeg>();
  readonly #playbacks = new Map<string, CallChannel>();
  readonly #recordings = new Map<string, InboundCall>();
  readonly #unsubscribe: (() => void)[] = [];
  #tick: { at: number; cancel: () => void } | null = null;
  #pollTimer: NodeJS.Timeout | undefined;
  #polling: Promise<void> | null = null;
  #pollAgain = false;
  #stopped = false;

  constructor(deps: TelephonyAppDeps) {
    this.#deps = deps;
    this.#log = deps.logger.child({ component: 'telephony' });
  }

  async start(): Promise<void> {
    this.#ivr = await this.#deps.loadIvr();
    this.#acd = new Acd(this.#ivr.definition);
    const now = this.#deps.time.now();
    for (const presence of await listLoggedInOperators(this.#deps.db.read)) {
      this.#applyAcd(this.#acd.logIn({ userId: presence.userId, endpoint: presence.endpoint, queueIds: presence.queueIds }, now));
      if (presence.status === 'paused') this.#applyAcd(this.#acd.pause(presence.userId, now));
    }
    this.#unsubscribe.push(
      this.#deps.connection.onAnyEvent((event) => this.#route(event)),
      this.#deps.connection.onConnectionChange((change) => {
        if (change === 'reconnected') void this.resynchronize();
      }),
    );
    const source = this.#deps.events.subscribe;
    if (source !== undefined) {
      this.#unsubscribe.push(
        source.call(this.#deps.events, (event: DomainEvent) => {
          if (event.type === 'telephony.command') void this.pollCommands();
          if (event.type === 'ticket.changed' && event.action === 'registered') void this.#attachToNewTicket(event.ticketId);
        }),
      );
    }
    this.#schedulePoll();
    void this.pollCommands();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    for (const off of this.#unsubscribe) off();
    this.#tick?.cancel();
    clearTimeout(this.#pollTimer);
    await this.#polling;
  }

  // --- inspection (operator console, wallboard, tests) ---

  get ivrVersion(): number | null {
    return this.#ivr.version;
  }

  queues(): QueueSnapshot[] {
    return this.#acd.queues(this.#deps.time.now());
  }

  operators(): OperatorSnapshot[] {
    return this.#acd.operators();
  }

  activeCalls(): InboundCall[] {
    return [...this.#calls.values()];
  }

  /** Resolves once every call's queued commands and writes have run. */
  async settled(): Promise<void> {
    await Promise.all([...this.#byChannel.values()].map((owner) => owner.settled()));
  }

  // --- CallHost and PlaybackRouting ---

  enqueue(call: InboundCall, queueId: string): void {
    this.#applyAcd(this.#acd.enqueue(call.key, queueId, this.#deps.time.now()));
  }

  callEnded(call: InboundCall): void {
    this.#byChannel.delete(call.channelId);
    this.#applyAcd(this.#acd.leave(call.key, this.#deps.time.now()));
    for (const leg of this.#legs.values()) {
      if (leg.callKey === call.key && leg.state === 'answered') this.releaseOperatorLeg(leg.legId);
    }
    this.#calls.delete(call.key);
  }

  releaseOperatorLeg(legId: string): void {
    const leg = this.#legs.get(legId);
    if (leg === undefined || leg.released) return;
    leg.released = true;
    void this.#deps.ari.hangup(legId).catch((error: unknown) => this.#log.warn({ err: error, legId }, 'hanging up an operator phone failed'));
  }

  watchRecording(recordingName: string, call: InboundCall): void {
    this.#recordings.set(recordingName, call);
  }

  unwatchRecording(recordingName: string): void {
    this.#recordings.delete(recordingName);
  }

  watchPlayback(playbackId: string, owner: CallChannel): void {
    this.#playbacks.set(playbackId, owner);
  }

  unwatchPlayback(playbackId: string): void {
    this.#playbacks.delete(playbackId);
  }

  // --- ARI events ---

  #route(event: AnyAriEvent): void {
    switch (event.type) {
      case 'StasisStart':
        this.#stasisStart(event as unknown as AriEventMap['StasisStart']);
        return;
      case 'StasisEnd':
        this.#channelGone((event as unknown as AriEventMap['StasisEnd']).channel.id, undefined);
        return;
      case 'ChannelDestroyed': {
        const destroyed = event as unknown as AriEventMap['ChannelDestroyed'];
        this.#channelGone(destroyed.channel.id, destroyed.cause);
        return;
      }
      case 'ChannelDtmfReceived': {
        const dtmf = event as unknown as AriEventMap['ChannelDtmfReceived'];
        this.#byChannel.get(dtmf.channel.id)?.handle({ kind: 'dtmf', digit: dtmf.digit });
        return;
      }
      case 'PlaybackFinished': {
        const playbackId = (event as unknown as AriEventMap['PlaybackFinished']).playback.id;
        this.#playbacks.get(playbackId)?.playbackFinished(playbackId);
        return;
      }
      case 'RecordingFinished':
      case 'RecordingFailed': {
        const recording = (event as unknown as AriEventMap['RecordingFinished']).recording;
        this.#recordings.get(recording.name)?.recordingFinished(recording.name, event.type === 'RecordingFailed' ? 0 : (recording.duration ?? 0));
        return;
      }
      default:
        return;
    }
  }

  #stasisStart(event: AriEventMap['StasisStart']): void {
    const { channel } = event;
    const [role] = event.args;
    if (role === 'operator') {
      const leg = this.#legs.get(channel.id);
      if (leg === undefined || leg.state !== 'ringing') {
        void this.#deps.ari.hangup(channel.id);
        return;
      }
      leg.state = 'answered';
      this.#applyAcd(this.#acd.answered(leg.callKey, leg.userId, this.#deps.time.now()));
      return;
    }
    if (role === 'feedback') {
      const owner = this.#byChannel.get(channel.id);
      if (owner instanceof FeedbackCall) owner.answered(new Date(this.#deps.time.now()));
      else void this.#deps.ari.hangup(channel.id);
      return;
    }
    if (!this.#byChannel.has(channel.id)) this.#adopt(channel);
  }

  /** A caller in Stasis that has no call here yet: a new call (or one whose StasisStart was lost). */
  #adopt(channel: AriChannel): void {
    const call = new InboundCall(
      channel.id,
      channel.caller.number,
      this.#ivr,
      { ...this.#deps, routing: this, host: this, soundPrefix: this.#deps.settings.soundPrefix, language: this.#deps.settings.language },
      this.#log,
    );
    this.#byChannel.set(channel.id, call);
    this.#calls.set(call.key, call);
    call.start();
  }

  #channelGone(channelId: string, cause: number | undefined): void {
    const leg = this.#legs.get(channelId);
    if (leg !== undefined) {
      this.#legGone(leg, cause);
      return;
    }
    const owner = this.#byChannel.get(channelId);
    if (owner instanceof InboundCall) owner.hungUp();
    else if (owner instanceof FeedbackCall) {
      this.#byChannel.delete(channelId);
      owner.hungUp(cause, new Date(this.#deps.time.now()));
    }
  }

  #legGone(leg: OperatorLeg, cause: number | undefined): void {
    if (leg.state === 'gone') return;
    const was = leg.state;
    leg.state = 'gone';
    this.#legs.delete(leg.legId);
    const now = this.#deps.time.now();
    if (leg.released) {
      this.#closeOffer(leg, was === 'answered' ? 'answered' : 'withdrawn', now);
      return;
    }
    if (was === 'ringing') {
      this.#applyAcd(this.#acd.ringFailed(leg.callKey, leg.userId, ringFailure(cause), now));
      this.#closeOffer(leg, ringFailure(cause), now);
      return;
    }
    const call = this.#calls.get(leg.callKey);
    if (call !== undefined && call.operatorChannelId === leg.legId) call.handle({ kind: 'operatorHungUp' });
    this.#applyAcd(this.#acd.end(leg.callKey, now));
  }

  // --- ACD decisions ---

  #applyAcd(decisions: readonly AcdDecision[]): void {
    const now = this.#deps.time.now();
    for (const decision of decisions) {
      try {
        this.#applyDecision(decision, now);
      } catch (error) {
        this.#log.error({ err: error, decision: decision.kind }, 'an ACD decision could not be carried out');
      }
    }
    this.#scheduleTick();
  }

  #applyDecision(decision: AcdDecision, now: number): void {
    const call = 'callId' in decision ? this.#calls.get(decision.callId) : undefined;
    switch (decision.kind) {
      case 'ring':
        if (call !== undefined) this.#ring(call, decision, now);
        return;
      case 'cancelRing': {
        const leg = this.#legOf(decision.callId, decision.userId, 'ringing');
        if (leg === undefined) return;
        leg.result ??= 'withdrawn';
        this.releaseOperatorLeg(leg.legId);
        return;
      }
      case 'missed': {
        const leg = this.#legOf(decision.callId, decision.userId);
        if (leg !== undefined) leg.result = decision.reason;
        return;
      }
      case 'connected': {
        const leg = this.#legOf(decision.callId, decision.userId, 'answered');
        if (call === undefined || leg === undefined) return;
        // The screen pop first: it is what the operator is waiting for.
        this.#publishCall('call.answered', call, decision.userId, { waitedMs: decision.waitedMs });
        call.handle({ kind: 'operatorAnswered', operatorChannelId: leg.legId });
        leg.result = 'answered';
        this.#closeOffer(leg, 'answered', now);
        call.record({ operatorUserId: decision.userId, answeredAt: new Date(now), waitMs: decision.waitedMs });
        return;
      }
      case 'transferred': {
        const leg = this.#legOf(decision.callId, decision.toUserId, 'answered');
        if (call === undefined || leg === undefined) return;
        this.#publishCall('call.answered', call, decision.toUserId, { transferredFrom: decision.fromUserId });
        this.#publishCall('call.ended', call, decision.fromUserId, { transferredTo: decision.toUserId });
        call.handle({ kind: 'operatorAnswered', operatorChannelId: leg.legId });
        leg.result = 'answered';
        this.#closeOffer(leg, 'answered', now);
        call.record({ operatorUserId: decision.toUserId });
        return;
      }
      case 'transferFailed':
        if (call !== undefined) this.#publishCall('call.updated', call, decision.userId, { transferFailed: { toUserId: decision.toUserId, reason: decision.reason } });
        return;
      case 'announce':
        call?.handle({ kind: 'queueAnnouncement', position: decision.position, estimatedWaitMs: decision.estimatedWaitMs });
        return;
      case 'toVoicemail':
        call?.record({ waitMs: decision.waitedMs });
        call?.handle({ kind: 'queueGaveUp', reason: decision.reason });
        return;
      case 'overflowed':
        call?.record({ queueId: decision.toQueueId });
        return;
      case 'abandoned':
        call?.record({ waitMs: decision.waitedMs });
        return;
      case 'ended':
        if (call !== undefined) {
          call.record({ talkMs: decision.talkMs });
          this.#publishCall('call.ended', call, decision.userId, { talkMs: decision.talkMs });
        }
        return;
      case 'autoPaused':
        void this.#storeAutoPause(decision.userId, now);
        return;
    }
  }

  #ring(call: InboundCall, decision: Extract<AcdDecision, { kind: 'ring' }>, now: number): void {
    const legId = randomUUID();
    const leg: OperatorLeg = {
      legId,
      callKey: call.key,
      userId: decision.userId,
      queueId: decision.queueId,
      transfer: decision.transfer,
      offeredAt: now,
      state: 'ringing',
      released: false,
      offerId: call
        .stored()
        .then((callId) => this.#deps.db.transaction((tx) => insertCallOffer(tx.sql, { callId, operatorUserId: decision.userId, queueId: decision.queueId, transfer: decision.transfer, offeredAt: new Date(now) })))
        .catch((error: unknown) => {
          this.#log.error({ err: error }, 'storing a call offer failed');
          return null;
        }),
      result: null,
      closed: false,
    };
    // Registered before the originate: the answer may arrive before the reply to the request.
    this.#legs.set(legId, leg);
    void call.card();
    this.#publishCall('call.offered', call, decision.userId, { queueId: decision.queueId, transfer: decision.transfer });
    const callerName = call.flow.caller?.name ?? '';
    const callerId = call.callerNumber === '' ? this.#deps.settings.operatorCallerId : `"${callerName.replaceAll('"', '')}" <${call.callerNumber}>`;
    this.#deps.ari
      .originate({ endpoint: decision.endpoint, channelId: legId, appArgs: `operator,${call.key}`, callerId, timeoutSeconds: Math.ceil(decision.timeoutMs / 1000) + 10 })
      .catch((error: unknown) => {
        this.#log.warn({ err: error, userId: decision.userId, endpoint: decision.endpoint }, 'the operator phone could not be rung');
        if (leg.state !== 'ringing') return;
        leg.state = 'gone';
        this.#legs.delete(legId);
        this.#applyAcd(this.#acd.ringFailed(call.key, decision.userId, 'unreachable', this.#deps.time.now()));
        this.#closeOffer(leg, 'unreachable', this.#deps.time.now());
      });
  }

  #legOf(callKey: string, userId: number, state?: OperatorLeg['state']): OperatorLeg | undefined {
    for (const leg of this.#legs.values()) {
      if (leg.callKey === callKey && leg.userId === userId && (state === undefined || leg.state === state)) return leg;
    }
    return undefined;
  }

  /** Stores how the ring ended, once; a reason the ACD gave (a miss) wins over how the channel went. */
  #closeOffer(leg: OperatorLeg, fallback: OfferResult, now: number): void {
    if (leg.closed) return;
    leg.closed = true;
    const result = leg.result ?? fallback;
    void leg.offerId.then(async (offerId) => {
      if (offerId !== null) await this.#deps.db.transaction((tx) => closeCallOffer(tx.sql, offerId, result, new Date(now), now - leg.offeredAt));
    });
  }

  #publishCall(type: 'call.offered' | 'call.answered' | 'call.updated' | 'call.ended', call: InboundCall, operatorUserId: number, extra: Record<string, unknown>): void {
    const at = new Date(this.#deps.time.now());
    const publish = (callId: number, card: unknown) =>
      this.#deps.events.publish({
        type,
        callId,
        operatorUserId,
        at,
        data: {
          callKey: call.key,
          callerNumber: call.callerNumber,
          phone: call.phone,
          queueId: call.flow.queueId,
          ivrPath: call.flow.ivrPath,
          categoryCode: call.flow.categoryCode,
          ...extra,
          ...(card === undefined ? {} : { card }),
        },
      });
    const withCard = type === 'call.offered' || type === 'call.answered';
    const ready = call.cardIfLoaded();
    if (call.dbId !== null && (!withCard || ready !== undefined)) {
      publish(call.dbId, withCard ? ready : undefined);
      return;
    }
    void Promise.all([call.stored(), withCard ? call.card() : Promise.resolve(undefined)])
      .then(([callId, card]) => publish(callId, card))
      .catch((error: unknown) => this.#log.error({ err: error, type }, 'a call event could not be published'));
  }

  #scheduleTick(): void {
    const next = this.#acd.nextWakeAt();
    if (next === null) {
      this.#tick?.cancel();
      this.#tick = null;
      return;
    }
    if (this.#tick !== null && this.#tick.at <= next) return;
    this.#tick?.cancel();
    const cancel = this.#deps.time.after(next - this.#deps.time.now(), () => {
      this.#tick = null;
      if (!this.#stopped) this.#applyAcd(this.#acd.tick(this.#deps.time.now()));
    });
    this.#tick = { at: next, cancel };
  }

  async #storeAutoPause(userId: number, now: number): Promise<void> {
    const presence = await getOperatorPresence(this.#deps.db.read, userId);
    if (presence === undefined) return;
    await this.#deps.db.transaction((tx) => saveOperatorPresence(tx.sql, { ...presence, status: 'paused', reason: 'missedCalls', since: new Date(now) }, new Date(now)));
  }

  // --- commands from the API and the workers ---

  /** Takes and carries out the stored commands that are due; overlapping calls run once more after. */
  pollCommands(): Promise<void> {
    if (this.#polling !== null) {
      this.#pollAgain = true;
      return this.#polling;
    }
    // Started after #polling is set, so that it is always this run that clears it.
    this.#polling = Promise.resolve().then(() => this.#pollUntilQuiet());
    return this.#polling;
  }

  async #pollUntilQuiet(): Promise<void> {
    try {
      do {
        this.#pollAgain = false;
        const now = new Date(this.#deps.time.now());
        const commands = await this.#deps.db.transaction((tx) => takeDueTelephonyCommands(tx.sql, now));
        for (const command of commands) await this.#carryOut(command);
      } while (this.#pollAgain && !this.#stopped);
    } catch (error) {
      this.#log.error({ err: error }, 'reading telephony commands failed');
    } finally {
      // In the same step as the last look at #pollAgain: a call from then on starts a new run. (Cleared
      // a step later, a call in between was handed this finished run and its command waited for the
      // next timed poll; with group commit, a command stored in the same commit as an empty take did.)
      this.#polling = null;
    }
  }

  #schedulePoll(): void {
    if (this.#stopped) return;
    this.#pollTimer = setTimeout(() => {
      void this.pollCommands().finally(() => this.#schedulePoll());
    }, this.#deps.settings.commandPollMs);
    this.#pollTimer.unref();
  }

  async #carryOut(stored: StoredCommand): Promise<void> {
    const { command } = stored;
    let result: unknown = { ok: true };
    try {
      switch (command.kind) {
        case 'presence':
          await this.#syncPresence(command.userId);
          break;
        case 'transfer':
        case 'hold':
        case 'resume':
          result = this.#controlCall(command);
          break;
        case 'reloadIvr':
          this.#ivr = await this.#deps.loadIvr();
          this.#acd.reconfigure(this.#ivr.definition);
          break;
        case 'feedbackCall':
          // Completed when the call ends, with the answer or a redial.
          this.#placeFeedbackCall(stored.id, command);
          return;
      }
    } catch (error) {
      this.#log.error({ err: error, command: command.kind }, 'a telephony command failed');
      result = { ok: false, reason: 'failed' };
    }
    await this.#deps.db.transaction((tx) => completeTelephonyCommand(tx.sql, stored.id, result, new Date(this.#deps.time.now())));
  }

  async #syncPresence(userId: number): Promise<void> {
    const presence = await getOperatorPresence(this.#deps.db.read, userId);
    const now = this.#deps.time.now();
    if (presence === undefined || presence.status === 'loggedOut') {
      this.#applyAcd(this.#acd.logOut(userId, now));
      return;
    }
    this.#applyAcd(this.#acd.logIn({ userId, endpoint: presence.endpoint, queueIds: presence.queueIds }, now));
    this.#applyAcd(presence.status === 'paused' ? this.#acd.pause(userId, now) : this.#acd.resume(userId, now));
  }

  #controlCall(command: Extract<TelephonyCommand, { kind: 'transfer' | 'hold' | 'resume' }>): { ok: boolean; reason?: string } {
    const callKey = this.#acd.conversationOf(command.userId);
    const call = callKey === null ? undefined : this.#calls.get(callKey);
    if (call === undefined || callKey === null) return { ok: false, reason: 'noCall' };
    const now = this.#deps.time.now();
    if (command.kind === 'transfer') {
      this.#applyAcd(this.#acd.transfer(callKey, command.toUserId, now));
      return { ok: true };
    }
    call.handle({ kind: command.kind === 'hold' ? 'holdRequested' : 'resumeRequested' });
    this.#publishCall('call.updated', call, command.userId, { held: command.kind === 'hold' });
    return { ok: true };
  }

  #placeFeedbackCall(commandId: number, command: FeedbackCallCommand): void {
    const { settings } = this.#deps;
    const call = new FeedbackCall(
      command,
      {
        ...this.#deps,
        routing: this,
        soundPrefix: settings.soundPrefix,
        language: settings.language,
        dialEndpoint: settings.dialEndpoint,
        callerId: settings.outboundCallerId,
        ringTimeoutMs: settings.feedbackCallPolicy.ringTimeoutMs,
        firstDigitTimeoutMs: this.#ivr.definition.input.firstDigitTimeoutMs,
        maxAttempts: this.#ivr.definition.input.maxAttempts,
      },
      this.#log.child({ ticketId: command.ticketId, commandId }),
    );
    this.#byChannel.set(call.channelId, call);
    call.dial(new Date(this.#deps.time.now()));
    void call.done.then(async (result) => {
      this.#byChannel.delete(call.channelId);
      const now = new Date(this.#deps.time.now());
      try {
        await this.#deps.db.transaction(async (tx) => {
          if (result.kind === 'answered') {
            await completeTelephonyCommand(tx.sql, commandId, { surveyResponse: result.response }, now);
            return;
          }
          const next = afterFailedDial(settings.feedbackCallPolicy, command.dialAttempt, result.failure);
          if (next.kind === 'giveUp') {
            await completeTelephonyCommand(tx.sql, commandId, { surveyResponse: { kind: 'noAnswer' }, failure: result.failure }, now);
            return;
          }
          const redial = await storeTelephonyCommand(
            tx.sql,
            { ...command, dialAttempt: command.dialAttempt + 1 },
            { at: now, dueAt: new Date(now.getTime() + next.afterMs), idempotencyKey: `feedback-redial:${commandId}` },
          );
          await completeTelephonyCommand(tx.sql, commandId, { next: redial, failure: result.failure }, now);
        });
      } catch (error) {
        this.#log.error({ err: error, commandId }, 'the feedback call result could not be stored');
      }
    });
  }

  /**
   * A ticket registered during a call whose conversation recording is already stored: attach it now.
   * A voicemail ticket is left alone: its call's recording is the message itself, which filing the
   * voicemail attached already.
   */
  async #attachToNewTicket(ticketId: number): Promise<void> {
    try {
      const [row] = await this.#deps.db.read.all<{ call_id: number | null; channel: string }>('SELECT call_id, channel FROM tickets WHERE id = ?', [ticketId]);
      if (row?.call_id == null || row.channel === 'voicemail') return;
      const [call] = await this.#deps.db.read.all<{ recording_path: string | null; recording_name: string | null }>('SELECT recording_path, recording_name FROM calls WHERE id = ?', [row.call_id]);
      if (call?.recording_path == null) return;
      const audio = await readStoredAudio(this.#deps.settings.filesDir, call.recording_path, `call-${row.call_id}.wav`);
      await this.#deps.ticketDesk.attachCallRecording(ticketId, audio, Number(row.call_id));
    } catch (error) {
      this.#log.error({ err: error, ticketId }, 'attaching the call recording to the new ticket failed');
    }
  }

  // --- reconnect ---

  /**
   * After the events socket came back (or Asterisk restarted): every channel we know is checked
   * against Asterisk. Gone channels end their calls, playbacks that ended unseen are finished,
   * operator phones answered unseen are connected, callers that entered Stasis unseen are served.
   */
  async resynchronize(): Promise<void> {
    const { ari } = this.#deps;
    this.#log.info({ calls: this.#calls.size, legs: this.#legs.size }, 'resynchronizing with Asterisk');
    try {
      for (const owner of [...this.#byChannel.values()]) {
        if (!(await owner.channel.resynchronize())) this.#channelGone(owner.channelId, undefined);
      }
      for (const [recordingName, call] of [...this.#recordings]) {
        const state = await ari.liveRecordingState(recordingName);
        if (state === 'recording' || state === 'queued' || state === 'paused') continue;
        const file = await ari.storedRecordingFile(recordingName);
        call.recordingFinished(recordingName, file === undefined ? 0 : Math.floor(wavSeconds(file)));
      }
      for (const leg of [...this.#legs.values()]) {
        const channel = await ari.getChannel(leg.legId);
        if (channel === undefined) this.#legGone(leg, undefined);
        else if (leg.state === 'ringing' && channel.state === 'Up') {
          leg.state = 'answered';
          this.#applyAcd(this.#acd.answered(leg.callKey, leg.userId, this.#deps.time.now()));
        }
      }
      for (const channel of await ari.listChannels()) {
        const [app, role] = channel.dialplan.app_data.split(',');
        if (channel.dialplan.app_name !== 'Stasis' || app !== this.#deps.connection.app) continue;
        if (this.#byChannel.has(channel.id) || this.#legs.has(channel.id)) continue;
        if (role === 'operator' || role === 'feedback') void ari.hangup(channel.id);
        else this.#adopt(channel);
      }
    } catch (error) {
      this.#log.error({ err: error }, 'resynchronizing with Asterisk failed; trying again at the next reconnect');
    }
  }
}

function ringFailure(cause: number | undefined): RingFailure {
  if (cause === 17) return 'busy';
  if (cause === 21) return 'rejected';
  return 'noAnswer';
}
