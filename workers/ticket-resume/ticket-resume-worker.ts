import { z } from 'zod';
import { systemPrincipal } from '../../core/access/principal.js';
import { resumePostponedTicket } from '../../core/tickets/resume-postponed-ticket.js';
import type { TicketDeps } from '../../core/tickets/ticket-deps.js';
import type { JobWorkerOptions } from '../../engine/job-worker.js';
import { TASK_TYPES, VARIABLES } from '../../processes/contract.js';

const variables = z.object({ [VARIABLES.ticketId]: z.number().int().positive() });

/** `ticket.resume`: the postponement's date came; the ticket is back in its cartable as before. */
export function ticketResumeWorker(deps: TicketDeps): JobWorkerOptions {
  return {
    taskType: TASK_TYPES.ticketResume,
    fetchVariables: [VARIABLES.ticketId],
    handler: async (job) => {
      const { ticketId } = variables.parse(job.variables);
      await resumePostponedTicket(deps, { ticketId, actor: systemPrincipal, idempotencyKey: `job:${job.key}` });
      return job.complete();
    },
  };
}
