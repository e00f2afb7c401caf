import { z } from 'zod';
import { systemPrincipal } from '../../core/access/principal.js';
import { queueTicketSms, type SmsDeps } from '../../core/notifications/queue-ticket-sms.js';
import { OUTBOX_PROVIDER } from '../../core/notifications/sms-outbox.js';
import { TICKET_SMS_EVENTS } from '../../core/notifications/ticket-sms-event.js';
import type { JobHandler, JobWorkerOptions } from '../../engine/job-worker.js';
import { TASK_HEADERS, TASK_TYPES, VARIABLES } from '../../processes/contract.js';

const variables = z.object({ [VARIABLES.ticketId]: z.number().int().positive() });
const headers = z.object({ [TASK_HEADERS.event]: z.enum(TICKET_SMS_EVENTS) });

export interface SmsSendDeps extends SmsDeps {
  /** Asks the SMS relay to send what was just queued. */
  readonly queued: () => void;
}

/** `sms.send`: queues the SMS of the event named in the task header; the relay sends them. */
export function smsSendHandler(deps: SmsSendDeps): JobHandler {
  return async (job) => {
    const { ticketId } = variables.parse(job.variables);
    const { event } = headers.parse(job.customHeaders);
    const queued = await queueTicketSms(deps, { ticketId, event, actor: systemPrincipal });
    // The outbox stores its messages as they are queued: the relay would find nothing to send.
    if (queued > 0 && deps.provider !== OUTBOX_PROVIDER) deps.queued();
    return job.complete();
  };
}

export function smsSendWorker(deps: SmsSendDeps): JobWorkerOptions {
  return { taskType: TASK_TYPES.smsSend, handler: smsSendHandler(deps), fetchVariables: [VARIABLES.ticketId] };
}
