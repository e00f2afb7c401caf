import { z } from 'zod';
import { systemPrincipal } from '../../core/access/principal.js';
import { routeTicket } from '../../core/tickets/route-ticket.js';
import type { TicketDeps } from '../../core/tickets/ticket-deps.js';
import type { JobWorkerOptions } from '../../engine/job-worker.js';
import { TASK_TYPES, VARIABLES } from '../../processes/contract.js';

const variables = z.object({ [VARIABLES.ticketId]: z.number().int().positive() });

/** `ticket.route`: sends the ticket to the most specific rule's positions or contractor (or the message center). */
export function ticketRouteWorker(deps: TicketDeps): JobWorkerOptions {
  return {
    taskType: TASK_TYPES.ticketRoute,
    fetchVariables: [VARIABLES.ticketId],
    handler: async (job) => {
      const { ticketId } = variables.parse(job.variables);
      // The job's key makes a repeated job (after a crash) route the ticket once.
      await routeTicket(deps, { ticketId, actor: systemPrincipal, idempotencyKey: `job:${job.key}` });
      return job.complete();
    },
  };
}
