import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBusinessCalendar, type BusinessCalendar } from '../../core/calendar/business-calendar.js';
import type { DomainEvent } from '../../core/events/domain-events.js';
import { InProcessEventBus } from '../../core/events/in-process-event-bus.js';
import type { FeedbackCallPolicy } from '../../core/telephony/feedback-call/feedback-call-policy.js';
import { DEFAULT_IVR_DEFINITION } from '../../core/telephony/ivr/default-ivr-definition.js';
import type { IvrDefinition } from '../../core/telephony/ivr/ivr-definition.js';
import { RECORDED_PROMPTS } from '../../core/telephony/telephony-prompts.js';
import { activateIvrVersion, createIvrVersion } from '../../database/telephony/ivr-definitions.js';
import { saveOperatorPresence } from '../../database/telephony/operator-presence.js';
import { storeTelephonyCommand, type TelephonyCommand } from '../../database/telephony/telephony-commands.js';
import { createTestDatabase, type TestDatabase } from '../../database/test-support/test-database.js';
import { AriDouble } from '../ari-double/ari-double.js';
import type { SoundDefinition } from '../ari-double/ari-double-options.js';
import type { StoredAudio } from '../files/store-audio-file.js';
import { type RunningTelephony, startTelephony } from '../start-telephony.js';
import type { TicketDesk, Voicemail } from '../tickets/ticket-desk.js';
import { acceleratedTime, type TelephonyTime } from '../time/telephony-time.js';
import { memoryLogger } from './memory-logger.js';

export const SOUND_PREFIX = 'pishkhan/';

export type CallDomainEvent = Extract<DomainEvent, { readonly type: 'call.offered' | 'call.answered' | 'call.updated' | 'call.ended' }>;

/**
 * The default definition with a longer pause allowed between the keys of a code: at the tests'
 * speed 3 s are 60 ms, less than a busy test machine may stall.
 */
export const TEST_IVR_DEFINITION: IvrDefinition = { ...DEFAULT_IVR_DEFINITION, input: { ...DEFAULT_IVR_DEFINITION.input, interDigitTimeoutMs: 10_000 } };

/** Every recorded prompt as a sound of the double, each lasting `durationMs` (simulated). */
export function promptSounds(durationMs = 1000): SoundDefinition[] {
  return RECORDED_PROMPTS.map((prompt) => ({ id: `${SOUND_PREFIX}${prompt.name}`, durationMs, formats: [{ language: 'fa', format: 'slin' }] }));
}

/** A calendar that is always open, or (for the after-hours tests) closed for years from now on. */
export function constantCalendar(open: boolean): BusinessCalendar {
  const day = [{ start: '00:00', end: '24:00' }];
  const now = Date.now();
  const closures = open ? [] : [{ from: new Date(now - 86_400_000), to: new Date(now + 10 * 365 * 86_400_000) }];
  return createBusinessCalendar({ week: { saturday: day, sunday: day, monday: day, tuesday: day, wednesday: day, thursday: day, friday: day }, closures });
}

/** Records what telephony asks of the ticket lifecycle; voicemail tickets get codes 10000001, 10000002… */
export class RecordingTicketDesk implements TicketDesk {
  readonly voicemails: Voicemail[] = [];
  readonly attachments: { ticketId: number; audio: StoredAudio; callId: number }[] = [];

  async fileVoicemail(voicemail: Voicemail) {
    this.voicemails.push(voicemail);
    return { ticketId: 900 + this.voicemails.length, trackingCode: String(10_000_000 + this.voicemails.length) };
  }

  async attachCallRecording(ticketId: number, audio: StoredAudio, callId: number) {
    this.attachments.push({ ticketId, audio, callId });
  }
}

export interface HarnessOptions {
  readonly speed?: number;
  readonly definition?: IvrDefinition;
  readonly open?: boolean;
  readonly promptMs?: number;
  readonly feedbackCallPolicy?: FeedbackCallPolicy;
}

/**
 * The telephony application against the ARI double on a fresh test database, with time running
 * `speed` times faster for both. Operators are SIP endpoints of the double (`op1`…) whose
 * behaviour each test sets.
 */
export class TelephonyHarness {
  private constructor(
    readonly double: AriDouble,
    readonly database: TestDatabase,
    readonly telephony: RunningTelephony,
    readonly time: TelephonyTime,
    readonly filesDir: string,
    readonly bus: InProcessEventBus,
    readonly events: DomainEvent[],
    readonly ticketDesk: RecordingTicketDesk,
    readonly logger: ReturnType<typeof memoryLogger>,
  ) {}

  static async start(options: HarnessOptions = {}): Promise<TelephonyHarness> {
    const speed = options.speed ?? 50;
    const database = await createTestDatabase();
    const now = new Date();
    await database.db.transaction(async (tx) => {
      const version = await createIvrVersion(tx.sql, { definition: options.definition ?? TEST_IVR_DEFINITION, comment: 'test', createdByUserId: null, at: now });
      await activateIvrVersion(tx.sql, version, now);
    });
    const double = await AriDouble.start({ speed, sounds: promptSounds(options.promptMs ?? 1000) });
    const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pishkhan-telephony-'));
    const time = acceleratedTime(speed);
    const events: DomainEvent[] = [];
    const bus = new InProcessEventBus((error) => {
      throw error;
    });
    bus.subscribe((event) => events.push(event));
    const ticketDesk = new RecordingTicketDesk();
    const logger = memoryLogger();
    const telephony = await startTelephony(
      {
        ariUrl: double.url,
        ariUsername: double.username,
        ariPassword: double.password,
        ariApp: 'helpdesk',
        soundPrefix: SOUND_PREFIX,
        language: 'fa',
        recordingFormat: 'wav',
        filesDir,
        dialEndpoint: 'PJSIP/{number}',
        outboundCallerId: 'Pishkhan <1500>',
        operatorCallerId: 'Pishkhan <1500>',
        commandPollMs: 50,
        ...(options.feedbackCallPolicy === undefined ? {} : { feedbackCallPolicy: options.feedbackCallPolicy }),
      },
      { db: database.db, events: bus, logger, ticketDesk, loadCalendar: async () => constantCalendar(options.open ?? true), time },
    );
    return new TelephonyHarness(double, database, telephony, time, filesDir, bus, events, ticketDesk, logger);
  }

  get app() {
    return this.telephony.app;
  }

  get db() {
    return this.database.db;
  }

  async stop(): Promise<void> {
    await this.telephony.stop();
    await this.double.stop();
    await this.database.dispose();
    fs.rmSync(this.filesDir, { recursive: true, force: true });
  }

  /** A person of the organization with a phone number (E.164) and a personnel code. */
  async person(input: { phone: string; firstName?: string; lastName?: string; personnelCode?: string }): Promise<number> {
    const now = new Date();
    return this.db.transaction(async (tx) => {
      const [row] = await tx.sql.all<{ id: number }>(
        'INSERT INTO people (personnel_code, first_name, last_name, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id',
        [input.personnelCode ?? `P${Math.floor(Math.random() * 1e8)}`, input.firstName ?? 'مریم', input.lastName ?? 'احمدی', true, now, now],
      );
      const id = Number(row?.id);
      await tx.sql.all('INSERT INTO person_phones (person_id, phone, kind) VALUES (?, ?, ?)', [id, input.phone, 'mobile']);
      return id;
    });
  }

  /** A ticket row as the lifecycle would store it. */
  async ticket(input: { trackingCode: string; requesterPersonId?: number | null; requesterPhone?: string | null; status?: string; callId?: number | null; registeredAt?: Date }): Promise<number> {
    const at = input.registeredAt ?? new Date();
    return this.db.transaction(async (tx) => {
      const [row] = await tx.sql.all<{ id: number }>(
        `INSERT INTO tickets (tracking_code, channel, request_type, priority_code, subject, description, search_text, requester_person_id, requester_phone, status, registered_at, updated_at, resolution_due_at, call_id)
         VALUES (?, 'phone', 'incident', 'normal', 'چاپگر کار نمی‌کند', 'چاپگر', '', ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
        [input.trackingCode, input.requesterPersonId ?? null, input.requesterPhone ?? null, input.status ?? 'inProgress', at, at, new Date(at.getTime() + 3 * 86_400_000), input.callId ?? null],
      );
      return Number(row?.id);
    });
  }

  /** Stores a command as the API or a worker would, and lets the application take it now. */
  async command(command: TelephonyCommand): Promise<void> {
    const commandId = await this.db.transaction((tx) => storeTelephonyCommand(tx.sql, command, { at: new Date(this.time.now()) }));
    this.bus.publish({ type: 'telephony.command', commandId, at: new Date() });
    await this.app.pollCommands();
  }

  /** Logs an operator in (their phone `PJSIP/op<userId>`, answering as `behaviour` says). */
  async logIn(userId: number, queueIds: readonly string[], behaviour: Parameters<AriDouble['setEndpointBehaviour']>[1] = { kind: 'manual' }): Promise<void> {
    this.double.setEndpoint(`op${userId}`, { state: 'online', behaviour });
    const now = new Date(this.time.now());
    await this.db.transaction((tx) => saveOperatorPresence(tx.sql, { userId, endpoint: `PJSIP/op${userId}`, queueIds, status: 'available', reason: null, since: now }, now));
    await this.command({ kind: 'presence', userId });
  }

  /** The operator pauses (or resumes) from the console. */
  async setStatus(userId: number, status: 'available' | 'paused' | 'loggedOut'): Promise<void> {
    await this.db.transaction((tx) => tx.sql.all('UPDATE operator_presence SET status = ? WHERE user_id = ?', [status, userId]));
    await this.command({ kind: 'presence', userId });
  }

  /** The media of every play request on the channel, in order. */
  played(channelId: string): string[][] {
    return this.double.restCalls
      .filter((call) => call.method === 'POST' && call.path.startsWith(`/ari/channels/${encodeURIComponent(channelId)}/play`))
      .map((call) =>
        new URL(call.path, 'http://x').searchParams
          .getAll('media')
          .flatMap((media) => media.split(','))
          .map((media) => media.replace(`sound:${SOUND_PREFIX}`, '')),
      );
  }

  /** Every prompt played on the channel, flattened. */
  heard(channelId: string): string[] {
    return this.played(channelId).flat();
  }

  /** Waits until `condition` holds, checking every few milliseconds. */
  async until(condition: () => boolean | Promise<boolean>, what = 'condition', timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Waits until the last play on the channel includes the prompt. */
  async untilPlaying(channelId: string, prompt: string, timeoutMs = 5000): Promise<void> {
    await this.until(() => this.double.channel(channelId)?.playing === `sound:${SOUND_PREFIX}${prompt}`, `${prompt} playing on ${channelId}`, timeoutMs);
  }

  /** The operator channel ringing for the user (originated to `PJSIP/op<userId>`). */
  ringingChannelOf(userId: number): string | undefined {
    return this.double.state().channels.find((channel) => channel.name.startsWith(`PJSIP/op${userId}-`) && channel.state === 'Ringing')?.id;
  }

  callRow(callKey: string) {
    return this.db.read.all<Record<string, unknown>>('SELECT * FROM calls WHERE call_key = ?', [callKey]).then((rows) => rows[0]);
  }

  /** The call events of one type pushed towards operators' consoles, oldest first. */
  eventsOf(type: CallDomainEvent['type']): CallDomainEvent[] {
    return this.events.filter((event): event is CallDomainEvent => event.type === type);
  }
}
