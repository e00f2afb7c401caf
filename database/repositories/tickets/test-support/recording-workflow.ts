import type { TicketWorkflow } from '../../../../core/tickets/ticket-workflow.js';

/** A workflow port that records what the use cases ask of it, for repository tests without an engine. */
export function recordingWorkflow(calls: Array<{ method: string; args: unknown[] }>): TicketWorkflow {
  const record =
    (method: string) =>
    async (...args: unknown[]) => {
      calls.push({ method, args });
    };
  return {
    start: async (ticket, actor) => {
      calls.push({ method: 'start', args: [ticket, actor] });
      return `instance-${ticket.id}`;
    },
    completeHandling: record('completeHandling'),
    completePart: record('completePart'),
    resumePostponed: record('resumePostponed'),
    informationProvided: record('informationProvided'),
    completeFeedback: record('completeFeedback'),
    closed: record('closed'),
  };
}
