import type { Logger } from 'pino';
import type { SmsOutbox } from '../core/notifications/sms-outbox.js';
import type { SmsTemplates } from '../core/notifications/sms-templates.js';
import type { TicketDeps } from '../core/tickets/ticket-deps.js';
import type { JobWorker, JobWorkerHost, JobWorkerOptions } from '../engine/job-worker.js';
import { feedbackPrepareWorker } from './feedback-prepare/feedback-prepare-worker.js';
import { feedbackRecordWorker } from './feedback-record/feedback-record-worker.js';
import { SmsDispatcher, DEFAULT_SMS_DISPATCHER_OPTIONS, type SmsDispatcherOptions } from './sms-send/sms-dispatcher.js';
import type { SmsProvider } from './sms-send/sms-provider.js';
import { smsSendWorker } from './sms-send/sms-send-worker.js';
import { ticketEscalateWorker } from './ticket-escalate/ticket-escalate-worker.js';
import { ticketResumeWorker } from './ticket-resume/ticket-resume-worker.js';
import { ticketRouteWorker } from './ticket-route/ticket-route-worker.js';
import { ticketSlaWorker } from './ticket-sla/ticket-sla-worker.js';

export interface WorkerDeps {
  readonly tickets: TicketDeps;
  readonly sms: {
    readonly outbox: SmsOutbox;
    readonly templates: SmsTemplates;
    readonly provider: SmsProvider;
    readonly options?: Partial<SmsDispatcherOptions>;
  };
  readonly logger: Logger;
  /** Jobs one worker type handles at once. */
  readonly maxJobsActive: number;
}

export interface RegisteredWorkers {
  readonly taskTypes: readonly string[];
  /** Sends what is queued in the SMS outbox right away (also used by tests on a fake clock). */
  readonly sms: SmsDispatcher;
  close(): Promise<void>;
}

/**
 * Registers every job worker of the ticket processes on an engine and starts the SMS relay that
 * sends what `sms.send` queues. `call.place` is the telephony app's and is not registered here.
 */
export async function registerWorkers(host: JobWorkerHost, deps: WorkerDeps): Promise<RegisteredWorkers> {
  const { tickets } = deps;
  const dispatcher = new SmsDispatcher(deps.sms.outbox, deps.sms.provider, tickets.clock, deps.logger.child({ component: 'sms-dispatcher', provider: deps.sms.provider.name }), {
    ...DEFAULT_SMS_DISPATCHER_OPTIONS,
    ...deps.sms.options,
  });
  const definitions: JobWorkerOptions[] = [
    ticketRouteWorker(tickets),
    ticketSlaWorker(tickets),
    ticketEscalateWorker(tickets),
    ticketResumeWorker(tickets),
    smsSendWorker({ store: tickets.store, outbox: deps.sms.outbox, templates: deps.sms.templates, clock: tickets.clock, provider: deps.sms.provider.name, queued: () => dispatcher.wake() }),
    feedbackPrepareWorker(tickets),
    feedbackRecordWorker(tickets),
  ];
  const workers: JobWorker[] = definitions.map((definition) => host.createWorker({ maxJobsActive: deps.maxJobsActive, ...definition }));
  await dispatcher.start();
  return {
    taskTypes: workers.map((worker) => worker.taskType),
    sms: dispatcher,
    async close() {
      await Promise.all(workers.map((worker) => worker.close()));
      await dispatcher.stop();
    },
  };
}
