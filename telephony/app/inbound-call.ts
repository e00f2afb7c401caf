import { randomUUID } from 'node:crypto';
import type { BusinessCalendar } from '../../core/calendar/business-calendar.js';
import { normalizeIranianPhoneNumber } from '../../core/org/iranian-phone-number.js';
import type { CallCommand } from '../../core/telephony/call/call-command.js';
import type { CallEvent } from '../../core/telephony/call/call-event.js';
import type { CallerIdentity } from '../../core/telephony/call/caller-identity.js';
import { InboundCallFlow } from '../../core/telephony/call/inbound-call-flow.js';
import type { IvrDefinition } from '../../core/telephony/ivr/ivr-definition.js';
import type { Database } from '../../database/database.js';
import { type CallChanges, insertCall, updateCall } from '../../database/telephony/call-log.js';
import { type CallerCard, loadCallerCard } from '../../database/telephony/caller-card.js';
import { identifyCallerByPersonnelCode, identifyCallerByPhone } from '../../database/telephony/caller-directory.js';
import { openRequestsOf, requestOf } from '../../database/telephony/caller-requests.js';
import type { AriCommands } from '../ari/ari-commands.js';
import { storeAudioFile } from '../files/store-audio-file.js';
import { wavSeconds } from '../files/wav-seconds.js';
import type { Logger } from '../logger.js';
import type { TicketDesk } from '../tickets/ticket-desk.js';
import type { TelephonyTime } from '../time/telephony-time.js';
import { CallChannel, type CallChannelDeps } from './call-channel.js';
import { SerialQueue } from './serial-queue.js';

export interface InboundCallSettings {
  readonly recordingFormat: string;
  readonly filesDir: string;
  /** For caller IDs without an area code. */
  readonly defaultAreaCode: string | undefined;
}

/** What an inbound call needs from the application around it. */
export interface CallHost {
  enqueue(call: InboundCall, queueId: string): void;
  /** The caller is gone: the ACD lets go of the call, the operator's phone is hung up. */
  callEnded(call: InboundCall): void;
  /** A transfer handed the call to another operator: the previous operator's channel is hung up. */
  releaseOperatorLeg(legId: string): void;
  watchRecording(recordingName: string, call: InboundCall): void;
  unwatchRecording(recordingName: string): void;
}

export interface InboundCallDeps extends CallChannelDeps {
  readonly ari: AriCommands;
  readonly db: Database;
  readonly time: TelephonyTime;
  readonly ticketDesk: TicketDesk;
  readonly settings: InboundCallSettings;
  readonly host: CallHost;
}

/** How long after the hangup Asterisk may take to finish writing a recording. */
const RECORDING_SETTLE_MS = 5000;

/**
 * One caller in the application: runs its InboundCallFlow over the caller's channel, answers the
 * flow's questions from the database (who is calling, their requests), bridges and records the
 * conversation with the operator, files voicemail, and keeps the call's row up to date.
 */
export class InboundCall {
  readonly key = randomUUID();
  readonly channel: CallChannel;
  readonly flow: InboundCallFlow;
  readonly callerNumber: string;
  readonly phone: string | null;
  readonly startedAt: number;
  /** The row in `calls`, once inserted. */
  dbId: number | null = null;
  /** The operator channel in the bridge now. */
  operatorChannelId: string | null = null;
  #bridgeId: string | null = null;
  #recordingName: string | null = null;
  #card: Promise<CallerCard> | null = null;
  #cardValue: CallerCard | undefined;
  #ended = false;
  readonly #db: SerialQueue;
  readonly #log: Logger;

  constructor(
    channelId: string,
    callerNumber: string,
    ivr: { readonly version: number | null; readonly definition: IvrDefinition; readonly calendar: BusinessCalendar },
    private readonly deps: InboundCallDeps,
    log: Logger,
  ) {
    this.callerNumber = callerNumber;
    this.phone = normalizeIranianPhoneNumber(callerNumber, { defaultAreaCode: deps.settings.defaultAreaCode });
    this.startedAt = deps.time.now();
    this.#log = log.child({ channelId, callKey: this.key });
    this.#db = new SerialQueue((error) => this.#log.error({ err: error }, 'storing the call failed'));
    this.channel = new CallChannel(channelId, deps, (event) => this.handle(event), this.#log);
    this.flow = new InboundCallFlow({ definition: ivr.definition, calendar: ivr.calendar, arrivedAt: new Date(this.startedAt), callKey: this.key });
    this.#db.push(async () => {
      this.dbId = await deps.db.transaction((tx) =>
        insertCall(tx.sql, { callKey: this.key, direction: 'inbound', purpose: 'service', callerNumber, callerPhone: this.phone, ivrVersion: ivr.version, startedAt: new Date(this.startedAt) }),
      );
    });
  }

  get channelId(): string {
    return this.channel.channelId;
  }

  get ended(): boolean {
    return this.#ended;
  }

  start(): void {
    this.#apply(this.flow.start());
  }

  handle(event: CallEvent): void {
    if (this.#ended && event.kind !== 'hungUp') return;
    this.#apply(this.flow.handle(event));
  }

  /** The caller's card for the operator's screen, loaded once (first asked when the call is queued). */
  card(): Promise<CallerCard> {
    this.#card ??= loadCallerCard(this.deps.db.read, {
      callerNumber: this.callerNumber,
      phone: this.phone,
      personId: this.flow.caller?.personId ?? null,
      contractorId: this.flow.caller?.contractorId ?? null,
    }).catch((error: unknown) => {
      this.#log.error({ err: error }, 'loading the caller card failed');
      return { callerNumber: this.callerNumber, phone: this.phone, person: null, contractor: null, recentCalls: [], openRequests: [], recentRequests: [] };
    }).then((card) => (this.#cardValue = card));
    return this.#card;
  }

  /** The card if it has been loaded already: the screen pop does not wait for the database. */
  cardIfLoaded(): CallerCard | undefined {
    return this.#cardValue;
  }

  /** Stores changes to the call's row, in order, after its insert. */
  record(changes: CallChanges): void {
    this.#db.push(async () => {
      if (this.dbId !== null) await this.deps.db.transaction((tx) => updateCall(tx.sql, this.dbId as number, changes));
    });
  }

  /** The row's id, for work queued behind its insert (which may not wait for the queue it runs in). */
  #rowId(): number {
    if (this.dbId === null) throw new Error('the call could not be stored');
    return this.dbId;
  }

  /** Resolves once the row exists (for events that name the call by its id). */
  async stored(): Promise<number> {
    await this.#db.idle();
    if (this.dbId === null) throw new Error('the call could not be stored');
    return this.dbId;
  }

  /** Everything queued for this call has run (tests and shutdown). */
  async settled(): Promise<void> {
    await this.channel.idle();
    await this.#db.idle();
  }

  /** The caller hung up or the channel is gone: stops the flow, lets go of the ACD, saves the recording. */
  hungUp(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.channel.markGone();
    this.#apply(this.flow.handle({ kind: 'hungUp' }));
    this.deps.host.callEnded(this);
    this.record({ endedAt: new Date(this.deps.time.now()), outcome: this.flow.outcome, ivrPath: this.flow.ivrPath || null, categoryCode: this.flow.categoryCode });
    this.channel.run(async () => {
      // Read once the bridging queued before the hangup has run: a caller who hangs up while being
      // bridged leaves a bridge, and maybe a recording, that are not known yet at the hangup.
      const bridgeId = this.#bridgeId;
      const recordingName = this.#recordingName;
      if (bridgeId === null) return;
      if (recordingName !== null) {
        this.#db.push(() => this.#keepConversationRecording(recordingName));
        await this.deps.ari.stopRecording(recordingName);
      }
      await this.deps.ari.destroyBridge(bridgeId);
    });
  }

  /** A recording this call started has ended (or failed, with 0 seconds). */
  recordingFinished(recordingName: string, seconds: number): void {
    this.deps.host.unwatchRecording(recordingName);
    if (recordingName === this.#recordingName) return;
    this.handle({ kind: 'recordingFinished', recordingName, seconds });
  }

  #apply(commands: readonly CallCommand[]): void {
    for (const command of commands) {
      if (!this.channel.execute(command)) this.#execute(command);
    }
  }

  #execute(command: CallCommand): void {
    const { ari } = this.deps;
    switch (command.kind) {
      case 'identifyCaller':
        this.#answer(async () => {
          const caller = this.phone === null ? null : await identifyCallerByPhone(this.deps.db.read, this.phone);
          this.#identified(caller);
          return { kind: 'callerIdentified', caller };
        });
        return;
      case 'identifyByPersonnelCode':
        this.#answer(async () => {
          const caller = await identifyCallerByPersonnelCode(this.deps.db.read, command.personnelCode);
          this.#identified(caller);
          return { kind: 'callerIdentified', caller };
        });
        return;
      case 'enqueue':
        this.record({ queueId: command.queueId, enqueuedAt: new Date(this.deps.time.now()), ivrPath: this.flow.ivrPath || null, categoryCode: this.flow.categoryCode });
        void this.card();
        this.deps.host.enqueue(this, command.queueId);
        return;
      case 'connectOperator':
        this.channel.run(() => this.#connect(command.operatorChannelId));
        return;
      case 'holdCaller':
        this.channel.run(async () => {
          if (this.#bridgeId === null) return;
          await ari.removeFromBridge(this.#bridgeId, this.channelId);
          await ari.startMusicOnHold(this.channelId);
        });
        return;
      case 'resumeCaller':
        this.channel.run(async () => {
          if (this.#bridgeId === null) return;
          await ari.stopMusicOnHold(this.channelId);
          await ari.addToBridge(this.#bridgeId, [this.channelId]);
        });
        return;
      case 'recordVoicemail':
        this.deps.host.watchRecording(command.recordingName, this);
        this.channel.run(() =>
          ari.recordChannel(this.channelId, { name: command.recordingName, format: this.deps.settings.recordingFormat, maxDurationSeconds: command.maxSeconds, beep: true, terminateOn: '#' }),
        );
        return;
      case 'saveVoicemail':
        this.#db.push(() => this.#saveVoicemail(command.recordingName, command.categoryCode));
        return;
      case 'findOpenRequests':
        this.#answer(async () => ({ kind: 'openRequestsFound', requests: await openRequestsOf(this.deps.db.read, this.#requester()) }));
        return;
      case 'findRequest':
        this.#answer(async () => ({ kind: 'requestFound', request: await requestOf(this.deps.db.read, this.#requester(), command.trackingCode) }));
        return;
      default:
        this.#log.error({ command: command.kind }, 'a call command has no executor');
    }
  }

  /** A lookup whose result goes back to the flow as an event. */
  #answer(lookup: () => Promise<CallEvent>): void {
    lookup().then(
      (event) => this.handle(event),
      (error: unknown) => this.#log.error({ err: error }, 'a call lookup failed'),
    );
  }

  #identified(caller: CallerIdentity | null): void {
    if (caller !== null) this.record({ personId: caller.personId, contractorId: caller.contractorId });
  }

  #requester(): { personId: number | null; phone: string | null } {
    return { personId: this.flow.caller?.personId ?? null, phone: this.phone };
  }

  async #connect(operatorChannelId: string): Promise<void> {
    // Hung up before its turn came: the ACD has let the operator go already.
    if (this.#ended) return;
    const { ari } = this.deps;
    const previous = this.operatorChannelId;
    this.operatorChannelId = operatorChannelId;
    if (this.#bridgeId === null) {
      const bridgeId = `call-${this.key}`;
      await ari.createBridge(bridgeId);
      this.#bridgeId = bridgeId;
      await ari.addToBridge(bridgeId, [this.channelId, operatorChannelId]);
      const recordingName = `call-${await this.stored()}-${this.key.slice(0, 8)}`;
      this.#recordingName = recordingName;
      await ari.recordBridge(bridgeId, { name: recordingName, format: this.deps.settings.recordingFormat, maxDurationSeconds: 0, beep: false, terminateOn: 'none' });
      this.record({ recordingName });
      return;
    }
    await ari.addToBridge(this.#bridgeId, [operatorChannelId]);
    if (previous !== null && previous !== operatorChannelId) this.deps.host.releaseOperatorLeg(previous);
  }

  /** Waits for Asterisk to finish writing the recording and fetches it; undefined when there is none. */
  async #fetchRecording(recordingName: string): Promise<Buffer | undefined> {
    const deadline = this.deps.time.now() + RECORDING_SETTLE_MS;
    for (;;) {
      const state = await this.deps.ari.liveRecordingState(recordingName).catch(() => undefined);
      if (state !== 'recording' && state !== 'queued' && state !== 'paused') {
        const file = await this.deps.ari.storedRecordingFile(recordingName);
        if (file !== undefined || this.deps.time.now() >= deadline) return file;
      }
      if (this.deps.time.now() >= deadline) return undefined;
      await new Promise<void>((resolve) => this.deps.time.after(100, resolve));
    }
  }

  async #saveVoicemail(recordingName: string, categoryCode: string | null): Promise<void> {
    this.deps.host.unwatchRecording(recordingName);
    const audio = await this.#fetchRecording(recordingName);
    const seconds = audio === undefined ? 0 : wavSeconds(audio);
    if (audio === undefined || seconds < 1) {
      this.handle({ kind: 'voicemailSaved', trackingCode: null });
      return;
    }
    const callId = this.#rowId();
    const stored = await storeAudioFile(this.deps.settings.filesDir, audio, `voicemail-${callId}.wav`);
    await this.deps.db.transaction((tx) => updateCall(tx.sql, callId, { recordingName, recordingPath: stored.storagePath }));
    const ticket = await this.deps.ticketDesk
      .fileVoicemail({
        callId,
        caller: this.flow.caller ?? (this.phone === null ? null : await identifyCallerByPhone(this.deps.db.read, this.phone)),
        callerNumber: this.callerNumber,
        phone: this.phone,
        categoryCode,
        ivrPath: this.flow.ivrPath,
        audio: stored,
        seconds,
        at: new Date(this.deps.time.now()),
      })
      .catch((error: unknown) => {
        this.#log.error({ err: error, callId }, 'the voicemail could not be filed as a ticket; the audio is kept with the call');
        return null;
      });
    if (ticket !== null) await this.deps.db.transaction((tx) => updateCall(tx.sql, callId, { ticketId: ticket.ticketId }));
    this.handle({ kind: 'voicemailSaved', trackingCode: ticket?.trackingCode ?? null });
  }

  /** The conversation's recording: stored with the call and attached to the tickets registered during it. */
  async #keepConversationRecording(recordingName: string): Promise<void> {
    const audio = await this.#fetchRecording(recordingName);
    if (audio === undefined) {
      this.#log.warn({ recordingName }, 'the conversation recording was not found');
      return;
    }
    const callId = this.#rowId();
    const stored = await storeAudioFile(this.deps.settings.filesDir, audio, `call-${callId}.wav`);
    await this.deps.db.transaction((tx) => updateCall(tx.sql, callId, { recordingPath: stored.storagePath }));
    const tickets = await this.deps.db.read.all<{ id: number }>('SELECT id FROM tickets WHERE call_id = ?', [callId]);
    for (const ticket of tickets) await this.deps.ticketDesk.attachCallRecording(Number(ticket.id), stored, callId);
  }
}
