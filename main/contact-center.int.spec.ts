/**
 * The contact center end to end: the telephony application against the ARI double, with the real
 * ticket use cases, repositories, job workers and BPMN models on the embedded engine. It lives with
 * the composition root because only the composition root may import telephony and the workers
 * together. Runs on SQLite and again on PostgreSQL.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import type { DomainEvent } from '../core/events/domain-events.js';
import { InProcessEventBus } from '../core/events/in-process-event-bus.js';
import { registerTicket } from '../core/tickets/register-ticket.js';
import type { TicketDeps } from '../core/tickets/ticket-deps.js';
import { IVR_PROMPTS, VOICEMAIL_PROMPTS, FEEDBACK_PROMPTS } from '../core/telephony/telephony-prompts.js';
import { SqlSmsOutbox } from '../database/repositories/sms/sql-sms-outbox.js';
import { SqlSmsTemplates } from '../database/repositories/sms/sql-sms-templates.js';
import { seedTicketDesk, type TicketDesk as SeededDesk } from '../database/repositories/tickets/test-support/seed-ticket-desk.js';
import { createTestDatabase, type TestDatabase } from '../database/test-support/test-database.js';
import { EmbeddedEngine } from '../engine/embedded/embedded-engine.js';
import type { JobWorker } from '../engine/job-worker.js';
import { createTicketStore } from '../engine/workflows/create-ticket-store.js';
import { AriDouble } from '../telephony/ari-double/ari-double.js';
import { type RunningTelephony, startTelephony } from '../telephony/start-telephony.js';
import { constantCalendar, promptSounds, SOUND_PREFIX } from '../telephony/test-support/telephony-harness.js';
import { memoryLogger } from '../telephony/test-support/memory-logger.js';
import { useCaseTicketDesk } from '../telephony/tickets/use-case-ticket-desk.js';
import { acceleratedTime } from '../telephony/time/telephony-time.js';
import { callPlaceWorker } from '../workers/call-place/call-place-worker.js';
import { registerWorkers, type RegisteredWorkers } from '../workers/register-workers.js';

const processes = path.resolve(import.meta.dirname, '../processes');
const SPEED = 50;
type Row = Record<string, unknown>;

describe('the contact center end to end (ARI double, embedded engine, real ticket use cases)', () => {
  let database: TestDatabase;
  let engine: EmbeddedEngine;
  let desk: SeededDesk;
  let double: AriDouble;
  let telephony: RunningTelephony;
  let workers: RegisteredWorkers;
  let callPlace: JobWorker;
  let tickets: TicketDeps;
  let filesDir: string;
  const events: DomainEvent[] = [];

  before(async () => {
    database = await createTestDatabase();
    const db = database.db;
    desk = await seedTicketDesk(db, { 'feedback.survey': 'phone' });
    const logger = pino({ level: 'silent' });
    engine = await EmbeddedEngine.create({ db, logger, jobPollIntervalMs: 50 });
    for (const file of ['ticket-lifecycle.bpmn', 'feedback.bpmn']) await engine.deploy([{ name: file, content: fs.readFileSync(path.join(processes, file), 'utf8') }]);
    const bus = new InProcessEventBus((error) => {
      throw error;
    });
    bus.subscribe((event) => events.push(event));
    let seed = 7;
    const random = { nextInt: (max: number) => (seed = (seed * 48271) % 2147483647) % max };
    tickets = { store: createTicketStore(db, engine, { policyTtlMs: 0 }), clock: { now: () => new Date() }, random, events: bus };
    workers = await registerWorkers(engine, {
      tickets,
      sms: { outbox: new SqlSmsOutbox(db), templates: new SqlSmsTemplates(db.read), provider: { name: 'recording', send: async () => ({ status: 'sent', providerMessageId: 'm' }) } },
      logger,
      maxJobsActive: 8,
    });
    callPlace = engine.createWorker(callPlaceWorker({ db, clock: { now: () => new Date() }, events: bus, pollMs: 20 }));
    await engine.start();
    double = await AriDouble.start({ speed: SPEED, sounds: promptSounds(1000) });
    filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pishkhan-contact-center-'));
    const telephonyLogger = memoryLogger();
    telephony = await startTelephony(
      {
        ariUrl: double.url,
        ariUsername: double.username,
        ariPassword: double.password,
        ariApp: 'pishkhan',
        soundPrefix: SOUND_PREFIX,
        language: 'fa',
        recordingFormat: 'wav',
        filesDir,
        dialEndpoint: 'PJSIP/{number}',
        outboundCallerId: '"Pishkhan" <1500>',
        operatorCallerId: '"Pishkhan" <1500>',
        commandPollMs: 50,
      },
      {
        db,
        events: bus,
        logger: telephonyLogger,
        ticketDesk: useCaseTicketDesk({ db, engine, events: bus, clock: { now: () => new Date() }, random, logger: telephonyLogger }),
        loadCalendar: async () => constantCalendar(true),
        time: acceleratedTime(SPEED),
      },
    );
  });

  after(async () => {
    await telephony.stop();
    await callPlace.close();
    await workers.close();
    await engine.stop();
    await double.stop();
    await database.dispose();
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
  const playing = (channelId: string, prompt: string) => double.channel(channelId)?.playing === `sound:${SOUND_PREFIX}${prompt}`;
  const ticketRow = async (where: string, params: unknown[]) => (await database.db.read.all<Row>(`SELECT * FROM tickets WHERE ${where}`, params))[0];

  it('given a known caller who leaves a voicemail, when it is saved, then it is a registered ticket of channel voicemail with the audio attached and its tracking code spoken', async () => {
    const call = double.placeCall({ to: '1500', callerNumber: '09121234567' });
    await until(() => playing(call.channelId, IVR_PROMPTS.mainMenu), 'the main menu');
    await double.pressDigits(call.channelId, '4');
    await until(() => double.state().liveRecordings.some((recording) => recording.state === 'recording'), 'the recording');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await double.pressDigits(call.channelId, '#');
    await until(() => playing(call.channelId, VOICEMAIL_PROMPTS.saved), 'the saved message');

    const ticket = await ticketRow("channel = 'voicemail'", []);
    assert.ok(ticket !== undefined);
    assert.equal(Number(ticket.requester_person_id), desk.people.sara);
    assert.ok(ticket.process_instance_key != null, 'the lifecycle process started');
    assert.ok(ticket.call_id != null);
    const attachments = await database.db.read.all<Row>('SELECT * FROM ticket_attachments WHERE ticket_id = ?', [ticket.id]);
    assert.equal(attachments.length, 1);
    assert.ok(fs.existsSync(path.join(filesDir, String(attachments[0]?.storage_path))));
    await until(async () => (await database.db.read.all('SELECT * FROM ticket_assignments WHERE ticket_id = ?', [ticket.id])).length > 0, 'routed to a cartable');
    const spoken = double.restCalls.filter((rest) => rest.path.startsWith(`/ari/channels/${call.channelId}/play`)).at(-1)?.path ?? '';
    for (const digit of String(ticket.tracking_code)) assert.ok(decodeURIComponent(spoken).includes(`number/${digit}`));
  });

  it('given a ticket resolved on registration and automated surveys, when the requester answers the survey call with 4, then the feedback process records it and closes the ticket', async () => {
    double.setEndpoint('09121234567', { state: 'online', behaviour: { kind: 'manual' } });
    const { ticketId } = await registerTicket(tickets, {
      requester: { personId: String(desk.people.sara) },
      channel: 'phone',
      categoryId: String(desk.categories.vpn),
      description: 'وی‌پی‌ان وصل نمی‌شد',
      resolveNow: { resolution: 'تنظیمات وی‌پی‌ان اصلاح شد' },
      actor: desk.principals.operator,
    });

    await until(() => double.state().channels.some((channel) => channel.name.startsWith('PJSIP/09121234567-') && channel.state === 'Ringing'), 'the survey call ringing');
    const channelId = double.state().channels.find((channel) => channel.name.startsWith('PJSIP/09121234567-'))?.id as string;
    double.answerRinging(channelId);
    await until(() => playing(channelId, FEEDBACK_PROMPTS.intro), 'the survey question');
    await double.pressDigits(channelId, '4');

    await until(async () => (await ticketRow('id = ?', [ticketId]))?.status === 'closed', 'the ticket closed after the survey', 15_000);
    const feedback = await database.db.read.all<Row>("SELECT payload FROM ticket_actions WHERE ticket_id = ? AND kind = 'feedback'", [ticketId]);
    assert.equal(feedback.length, 1);
    assert.match(String(feedback[0]?.payload), /"score":4/);
    assert.ok(events.some((event) => event.type === 'ticket.changed' && event.ticketId === ticketId && event.status === 'closed'));
  });
});
