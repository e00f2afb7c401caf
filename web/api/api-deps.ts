import type { Logger } from 'pino';
import type { Clock } from '../../core/time/clock.js';
import type { DomainEventSink, DomainEventSource } from '../../core/events/domain-events.js';
import type { RandomSource } from '../../core/random/random-source.js';
import type { Database } from '../../database/database.js';
import type { ProcessEngine } from '../../engine/process-engine.js';

/** Everything the API's feature routers are built from; the composition root provides it. */
export interface ApiDeps {
  readonly db: Database;
  readonly engine: ProcessEngine;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly random: RandomSource;
  readonly events: DomainEventSink & DomainEventSource;
  readonly version: string;
  /** The built web app (index.html and assets), served at `/` when present. */
  readonly webAppDir: string | undefined;
  /** Where uploaded files and recordings are kept. */
  readonly filesDir: string;
  /** Secure cookies (behind HTTPS). */
  readonly secureCookies: boolean;
  /** Milliseconds between heartbeats on /api/events (25 s by default; tests shorten it). */
  readonly sseHeartbeatMs?: number;
}
