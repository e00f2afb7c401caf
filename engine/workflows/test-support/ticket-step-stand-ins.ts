import { systemPrincipal } from '../../../core/access/principal.js';
import { planTicketHandling } from '../../../core/tickets/plan-ticket-handling.js';
import { prepareFeedback } from '../../../core/tickets/prepare-feedback.js';
import { resumePostponedTicket } from '../../../core/tickets/resume-postponed-ticket.js';
import { routeTicket } from '../../../core/tickets/route-ticket.js';
import type { TicketDeps } from '../../../core/tickets/ticket-deps.js';
import { TASK_TYPES, VARIABLES } from '../../../processes/contract.js';
import type { JobWorker, JobWorkerHost } from '../../job-worker.js';

/**
 * For tests of code that may not import workers/ (the API): the ticket processes' steps taken by
 * the same core use cases the workers call — routing, planning the handling step, preparing
 * feedback, putting a postponed ticket back — while SMS are only acknowledged.
 */
export function registerTicketStepStandIns(host: JobWorkerHost, deps: TicketDeps): JobWorker[] {
  const ticketId = (variables: Record<string, unknown>) => Number(variables[VARIABLES.ticketId]);
  return [
    host.createWorker({
      taskType: TASK_TYPES.ticketRoute,
      handler: async (job) => {
        await routeTicket(deps, { ticketId: ticketId(job.variables), actor: systemPrincipal, idempotencyKey: `job:${job.key}` });
        return job.complete();
      },
    }),
    host.createWorker({
      taskType: TASK_TYPES.ticketSla,
      handler: async (job) => {
        const plan = await planTicketHandling(deps, { ticketId: ticketId(job.variables), actor: systemPrincipal });
        return job.complete({ [VARIABLES.handlingGroups]: plan.candidateGroups, [VARIABLES.escalationDueAt]: plan.escalationDueAt?.toISOString() ?? null });
      },
    }),
    host.createWorker({
      taskType: TASK_TYPES.ticketResume,
      handler: async (job) => {
        await resumePostponedTicket(deps, { ticketId: ticketId(job.variables), actor: systemPrincipal, idempotencyKey: `job:${job.key}` });
        return job.complete();
      },
    }),
    host.createWorker({ taskType: TASK_TYPES.smsSend, handler: (job) => job.complete() }),
    host.createWorker({
      taskType: TASK_TYPES.feedbackPrepare,
      handler: async (job) => {
        const prepared = await prepareFeedback(deps, { ticketId: ticketId(job.variables), processInstanceKey: job.processInstanceKey, actor: systemPrincipal });
        return job.complete({ [VARIABLES.feedbackGroups]: prepared.candidateGroups, [VARIABLES.feedbackSurvey]: prepared.survey, [VARIABLES.feedbackRetryAfter]: prepared.retryAfter });
      },
    }),
  ];
}
