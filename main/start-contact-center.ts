import { randomInt } from 'node:crypto';
import path from 'node:path';
import type { Logger } from 'pino';
import type { DomainEventSink, DomainEventSource } from '../core/events/domain-events.js';
import { systemClock } from '../core/time/clock.js';
import type { Database } from '../database/database.js';
import { loadTicketPolicy } from '../database/repositories/tickets/load-ticket-policy.js';
import type { JobWorker } from '../engine/job-worker.js';
import type { ProcessEngine } from '../engine/process-engine.js';
import { type RunningTelephony, startTelephony } from '../telephony/start-telephony.js';
import { useCaseTicketDesk } from '../telephony/tickets/use-case-ticket-desk.js';
import { callPlaceWorker } from '../workers/call-place/call-place-worker.js';
import type { Config } from './config/config-schema.js';

export interface ContactCenter {
  stop(): Promise<void>;
}

/**
 * When ARI_URL is set: the telephony application (connecting in the background, so that the rest of
 * the system starts while Asterisk is still down) and the `call.place` worker of automated survey
 * calls. Without ARI_URL nothing runs, and surveys are left to feedback agents.
 */
export function startContactCenter(config: Config, deps: { readonly db: Database; readonly engine: ProcessEngine; readonly events: DomainEventSink & DomainEventSource; readonly logger: Logger }): ContactCenter {
  const ariUrl = config.ARI_URL;
  if (ariUrl === undefined) return { stop: async () => undefined };
  const logger = deps.logger.child({ component: 'contact-center' });
  const worker: JobWorker = deps.engine.createWorker(callPlaceWorker({ db: deps.db, clock: systemClock, events: deps.events }));
  const abort = new AbortController();
  const random = { nextInt: (maxExclusive: number) => randomInt(maxExclusive) };
  const running: Promise<RunningTelephony | undefined> = startTelephony(
    {
      ariUrl,
      ariUsername: config.ARI_USERNAME,
      ariPassword: config.ARI_PASSWORD ?? '',
      ariApp: config.ARI_APP,
      soundPrefix: config.ARI_SOUND_PREFIX,
      language: 'fa',
      recordingFormat: config.ARI_RECORDING_FORMAT,
      filesDir: path.resolve(config.FILES_DIR),
      ...(config.ARI_DEFAULT_AREA_CODE === undefined ? {} : { defaultAreaCode: config.ARI_DEFAULT_AREA_CODE }),
      dialEndpoint: config.ARI_DIAL_ENDPOINT,
      outboundCallerId: config.ARI_CALLER_ID,
      operatorCallerId: config.ARI_CALLER_ID,
    },
    {
      db: deps.db,
      events: deps.events,
      logger,
      ticketDesk: useCaseTicketDesk({ db: deps.db, engine: deps.engine, events: deps.events, clock: systemClock, random, logger }),
      loadCalendar: async () => (await loadTicketPolicy(deps.db.read)).calendar,
      signal: abort.signal,
    },
  ).catch((error: unknown) => {
    if (!abort.signal.aborted) logger.error({ err: error }, 'the telephony application could not start');
    return undefined;
  });
  return {
    async stop() {
      abort.abort(new Error('shutting down'));
      await (await running)?.stop();
      await worker.close();
    },
  };
}
