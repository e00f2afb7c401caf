import { randomInt } from 'node:crypto';
import type { Logger } from 'pino';
import type { DomainEventSink } from '../core/events/domain-events.js';
import { systemClock } from '../core/time/clock.js';
import type { Database } from '../database/database.js';
import { SqlSmsOutbox } from '../database/repositories/sms/sql-sms-outbox.js';
import { SqlSmsTemplates } from '../database/repositories/sms/sql-sms-templates.js';
import type { ProcessEngine } from '../engine/process-engine.js';
import { createTicketStore } from '../engine/workflows/create-ticket-store.js';
import { registerWorkers, type RegisteredWorkers } from '../workers/register-workers.js';
import type { Config } from './config/config-schema.js';
import { createSmsProvider } from './create-sms-provider.js';

/** Registers the ticket processes' job workers on the engine and starts the SMS relay. */
export function startTicketWorkers(config: Config, deps: { readonly db: Database; readonly engine: ProcessEngine; readonly events: DomainEventSink; readonly logger: Logger }): Promise<RegisteredWorkers> {
  const logger = deps.logger.child({ component: 'workers' });
  return registerWorkers(deps.engine, {
    tickets: {
      store: createTicketStore(deps.db, deps.engine, { policyTtlMs: config.TICKET_POLICY_CACHE_SECONDS * 1000 }),
      clock: systemClock,
      random: { nextInt: (maxExclusive) => randomInt(maxExclusive) },
      events: deps.events,
    },
    sms: {
      outbox: new SqlSmsOutbox(deps.db),
      templates: new SqlSmsTemplates(deps.db.read),
      provider: createSmsProvider(config, logger),
      options: { maxAttempts: config.SMS_MAX_ATTEMPTS, statusPollMs: config.SMS_STATUS_POLL_SECONDS * 1000 },
    },
    logger,
    maxJobsActive: config.JOB_WORKER_CONCURRENCY,
  });
}
