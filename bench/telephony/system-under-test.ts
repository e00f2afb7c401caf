/**
 * The telephony process under measurement (bench/telephony.ts forks it): the database, the API
 * with its live event stream, and the telephony application connected to the ARI double's
 * process, as the all-in-one deployable runs them. Answers `cpu` with its CPU time so far.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pino from 'pino';
import { InProcessEventBus } from '../../core/events/in-process-event-bus.js';
import { iranianCalendarDefinition } from '../../core/calendar/iranian-calendar-definition.js';
import { createBusinessCalendar } from '../../core/calendar/business-calendar.js';
import { systemClock } from '../../core/time/clock.js';
import { migrate } from '../../database/migrate.js';
import { openDatabase } from '../../database/open-database.js';
import { EmbeddedEngine } from '../../engine/embedded/embedded-engine.js';
import { startTelephony } from '../../telephony/start-telephony.js';
import type { TicketDesk } from '../../telephony/tickets/ticket-desk.js';
import { createApi } from '../../web/api/create-api.js';
import { seedContactCenter } from './seed-contact-center.js';

// Deployed, this process is compiled JavaScript without source maps (npm start); tsx turns them on,
// and then every stack a library reads (Sequelize takes one per query) costs a source-map lookup.
process.setSourceMapsEnabled(false);

const [databaseFile, ariUrl, countText, filesDir] = process.argv.slice(2);
const send = (message: unknown) => process.send?.(message);
const logger = pino({ level: process.env.BENCH_LOG_LEVEL ?? 'warn' });

const db = await openDatabase({ url: `sqlite:${databaseFile}`, poolMax: 1 });
await migrate(db);
const seeded = await seedContactCenter(db, Number(countText));
const engine = await EmbeddedEngine.create({ db, logger });
await engine.start();
const events = new InProcessEventBus((error) => logger.error({ err: error }, 'event listener failed'));
const api = createApi({
  db,
  engine,
  logger,
  clock: systemClock,
  random: { nextInt: (max) => Math.floor(Math.random() * max) },
  events,
  version: 'bench',
  webAppDir: undefined,
  filesDir: filesDir ?? '/tmp',
  secureCookies: false,
});
const server = http.createServer(api);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
// Voicemail is not part of this path; the desk only has to exist.
const ticketDesk: TicketDesk = { fileVoicemail: async () => null, attachCallRecording: async () => undefined };
// Always open: the benchmark must not depend on the hour it runs at.
const day = [{ start: '00:00', end: '24:00' }];
const calendar = createBusinessCalendar({ ...iranianCalendarDefinition(), week: { saturday: day, sunday: day, monday: day, tuesday: day, wednesday: day, thursday: day, friday: day } });
const telephony = await startTelephony(
  {
    ariUrl: ariUrl as string,
    ariUsername: 'asterisk',
    ariPassword: 'asterisk',
    ariApp: 'pishkhan',
    soundPrefix: 'pishkhan/',
    language: 'fa',
    recordingFormat: 'wav',
    filesDir: filesDir ?? '/tmp',
    dialEndpoint: 'PJSIP/{number}',
    outboundCallerId: '"Pishkhan" <1500>',
    operatorCallerId: '"Pishkhan" <1500>',
  },
  { db, events, logger, ticketDesk, loadCalendar: async () => calendar },
);

// How long events wait for the event loop: what a screen pop waits behind.
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

process.on('message', (message: { kind: string }) => {
  if (message.kind === 'cpu') {
    const usage = process.cpuUsage();
    send({ kind: 'cpu', micros: usage.user + usage.system, at: Date.now(), loopDelayP99Ms: Number((loopDelay.percentile(99) / 1e6).toFixed(1)), loopDelayMaxMs: Number((loopDelay.max / 1e6).toFixed(1)) });
    loopDelay.reset();
  } else if (message.kind === 'stop') {
    void telephony
      .stop()
      .then(() => engine.stop())
      .then(() => db.close())
      .finally(() => process.exit(0));
  }
});
send({ kind: 'ready', port: (server.address() as AddressInfo).port, operators: seeded.operators, callerNumbers: seeded.callerNumbers });
