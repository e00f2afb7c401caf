import { z } from 'zod';
import { systemPrincipal } from '../../core/access/principal.js';
import { planTicketHandling } from '../../core/tickets/plan-ticket-handling.js';
import type { TicketDeps } from '../../core/tickets/ticket-deps.js';
import type { JobWorkerOptions } from '../../engine/job-worker.js';
import { TASK_TYPES, VARIABLES } from '../../processes/contract.js';

const variables = z.object({ [VARIABLES.ticketId]: z.number().int().positive() });

/** `ticket.sla`: the handling step's cartables and escalation due time, from the log on the business calendar. */
export function ticketSlaWorker(deps: Pick<TicketDeps, 'store'>): JobWorkerOptions {
  return {
    taskType: TASK_TYPES.ticketSla,
    fetchVariables: [VARIABLES.ticketId],
    handler: async (job) => {
      const { ticketId } = variables.parse(job.variables);
      const plan = await planTicketHandling(deps, { ticketId, actor: systemPrincipal });
      return job.complete({ [VARIABLES.handlingGroups]: plan.candidateGroups, [VARIABLES.escalationDueAt]: plan.escalationDueAt?.toISOString() ?? null });
    },
  };
}
