import type { BusinessCalendar } from '../core/calendar/business-calendar.js';
import type { DomainEventSink, DomainEventSource } from '../core/events/domain-events.js';
import { DEFAULT_FEEDBACK_CALL_POLICY, type FeedbackCallPolicy } from '../core/telephony/feedback-call/feedback-call-policy.js';
import type { Database } from '../database/database.js';
import { releaseTakenTelephonyCommands } from '../database/telephony/telephony-commands.js';
import { TELEPHONY_EVENT_TYPES, TelephonyApp } from './app/telephony-app.js';
import { AriCommands } from './ari/ari-commands.js';
import type { AriConnection } from './ari/ari-connection.js';
import { connectAri } from './ari/connect-ari.js';
import { loadIvrInForce } from './ivr/load-ivr-in-force.js';
import type { Logger } from './logger.js';
import type { TicketDesk } from './tickets/ticket-desk.js';
import { realTime, type TelephonyTime } from './time/telephony-time.js';

/** The telephony settings of the composition root (ARI_* variables). */
export interface TelephonySettings {
  /** `http://asterisk:8088`. */
  readonly ariUrl: string;
  readonly ariUsername: string;
  readonly ariPassword: string;
  /** The Stasis application the dialplan sends callers to. */
  readonly ariApp: string;
  /** Prepended to prompt names: `pishkhan/` plays `sounds/fa/pishkhan/ivr/welcome`. */
  readonly soundPrefix: string;
  readonly language: string;
  readonly recordingFormat: string;
  readonly filesDir: string;
  readonly defaultAreaCode?: string;
  /** `PJSIP/{number}@trunk`: how feedback calls reach requesters. */
  readonly dialEndpoint: string;
  readonly outboundCallerId: string;
  readonly operatorCallerId: string;
  readonly commandPollMs?: number;
  readonly feedbackCallPolicy?: FeedbackCallPolicy;
  readonly requestTimeoutMs?: number;
}

export interface TelephonyDeps {
  readonly db: Database;
  readonly events: DomainEventSink & Partial<DomainEventSource>;
  readonly logger: Logger;
  readonly ticketDesk: TicketDesk;
  /** The business calendar the after-hours treatment follows. */
  readonly loadCalendar: () => Promise<BusinessCalendar>;
  readonly time?: TelephonyTime;
  /** Stops the attempts to reach Asterisk at start-up. */
  readonly signal?: AbortSignal;
}

export interface RunningTelephony {
  readonly app: TelephonyApp;
  readonly connection: AriConnection;
  stop(): Promise<void>;
}

/**
 * Connects to Asterisk (waiting with backoff while it is unreachable) and runs the contact center's
 * Stasis application until `stop`. Called by the composition root when ARI_URL is set.
 */
export async function startTelephony(settings: TelephonySettings, deps: TelephonyDeps): Promise<RunningTelephony> {
  const time = deps.time ?? realTime;
  const logger = deps.logger.child({ component: 'telephony' });
  // Commands a previous run had taken but not finished (a feedback call cut short) are taken again.
  await deps.db.transaction((tx) => releaseTakenTelephonyCommands(tx.sql));
  const connection = await connectAri({
    url: settings.ariUrl,
    username: settings.ariUsername,
    password: settings.ariPassword,
    app: settings.ariApp,
    eventTypes: TELEPHONY_EVENT_TYPES,
    logger,
    ...(settings.requestTimeoutMs === undefined ? {} : { requestTimeoutMs: settings.requestTimeoutMs }),
    ...(deps.signal === undefined ? {} : { signal: deps.signal }),
  });
  const app = new TelephonyApp({
    connection,
    ari: new AriCommands(connection),
    db: deps.db,
    events: deps.events,
    ticketDesk: deps.ticketDesk,
    time,
    logger,
    settings: {
      soundPrefix: settings.soundPrefix,
      language: settings.language,
      recordingFormat: settings.recordingFormat,
      filesDir: settings.filesDir,
      defaultAreaCode: settings.defaultAreaCode,
      operatorCallerId: settings.operatorCallerId,
      dialEndpoint: settings.dialEndpoint,
      outboundCallerId: settings.outboundCallerId,
      feedbackCallPolicy: settings.feedbackCallPolicy ?? DEFAULT_FEEDBACK_CALL_POLICY,
      commandPollMs: settings.commandPollMs ?? 1000,
    },
    loadIvr: () => loadIvrInForce(deps.db, deps.loadCalendar, new Date(time.now())),
  });
  try {
    await app.start();
  } catch (error) {
    await connection.close();
    throw error;
  }
  logger.info({ app: settings.ariApp, ivrVersion: app.ivrVersion }, 'telephony is running');
  return {
    app,
    connection,
    async stop() {
      await app.stop();
      await connection.close();
    },
  };
}
