import { z } from 'zod';
import { systemPrincipal } from '../../core/access/principal.js';
import { recordSurveyFeedback } from '../../core/tickets/record-survey-feedback.js';
import type { TicketDeps } from '../../core/tickets/ticket-deps.js';
import type { JobWorkerOptions } from '../../engine/job-worker.js';
import { TASK_TYPES, VARIABLES } from '../../processes/contract.js';

const variables = z.object({
  [VARIABLES.ticketId]: z.number().int().positive(),
  [VARIABLES.surveyResponse]: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('answered'), score: z.number().int().min(1).max(5), comment: z.string().nullable().default(null) }),
    z.object({ kind: z.literal('noAnswer') }),
  ]),
});

/** `feedback.record`: records what the automated survey call heard and concludes (closed, rework or ask again). */
export function feedbackRecordWorker(deps: TicketDeps): JobWorkerOptions {
  return {
    taskType: TASK_TYPES.feedbackRecord,
    fetchVariables: [VARIABLES.ticketId, VARIABLES.surveyResponse],
    handler: async (job) => {
      const { ticketId, surveyResponse } = variables.parse(job.variables);
      const conclusion = await recordSurveyFeedback(deps, { ticketId, response: surveyResponse, actor: systemPrincipal, idempotencyKey: `job:${job.key}` });
      return job.complete({ [VARIABLES.feedbackConclusion]: conclusion });
    },
  };
}
