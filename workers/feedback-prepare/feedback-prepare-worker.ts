import { z } from 'zod';
import { systemPrincipal } from '../../core/access/principal.js';
import { prepareFeedback } from '../../core/tickets/prepare-feedback.js';
import type { TicketDeps } from '../../core/tickets/ticket-deps.js';
import type { JobWorkerOptions } from '../../engine/job-worker.js';
import { TASK_TYPES, VARIABLES } from '../../processes/contract.js';

const variables = z.object({ [VARIABLES.ticketId]: z.number().int().positive() });

/** `feedback.prepare`: remembers this feedback instance on the ticket and reads how feedback is gathered. */
export function feedbackPrepareWorker(deps: Pick<TicketDeps, 'store'>): JobWorkerOptions {
  return {
    taskType: TASK_TYPES.feedbackPrepare,
    fetchVariables: [VARIABLES.ticketId],
    handler: async (job) => {
      const { ticketId } = variables.parse(job.variables);
      const prepared = await prepareFeedback(deps, { ticketId, processInstanceKey: job.processInstanceKey, actor: systemPrincipal });
      return job.complete({ [VARIABLES.feedbackGroups]: prepared.candidateGroups, [VARIABLES.feedbackSurvey]: prepared.survey, [VARIABLES.feedbackRetryAfter]: prepared.retryAfter });
    },
  };
}
