import { z } from 'zod';
import { systemPrincipal } from '../../core/access/principal.js';
import { escalateOverdueTicket } from '../../core/tickets/escalate-overdue-ticket.js';
import type { TicketDeps } from '../../core/tickets/ticket-deps.js';
import type { JobWorkerOptions } from '../../engine/job-worker.js';
import { TASK_TYPES, VARIABLES } from '../../processes/contract.js';

const variables = z.object({ [VARIABLES.ticketId]: z.number().int().positive() });

/** `ticket.escalate`: the escalation timer fired; the ticket moves one level up if it is still due. */
export function ticketEscalateWorker(deps: TicketDeps): JobWorkerOptions {
  return {
    taskType: TASK_TYPES.ticketEscalate,
    fetchVariables: [VARIABLES.ticketId],
    handler: async (job) => {
      const { ticketId } = variables.parse(job.variables);
      const outcome = await escalateOverdueTicket(deps, { ticketId, actor: systemPrincipal, idempotencyKey: `job:${job.key}` });
      // A repeated job finds its escalation already recorded.
      return job.complete({ [VARIABLES.escalated]: outcome.repeated || outcome.result?.escalated === true });
    },
  };
}
