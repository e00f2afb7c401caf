import type { FeedbackResponse } from '../feedback/feedback-response.js';
import { actOnTicket, type TicketActionOutcome, type TicketCommand } from './act-on-ticket.js';
import { feedbackActions } from './feedback-actions.js';
import type { TicketDeps } from './ticket-deps.js';
import type { TicketStatus } from './ticket-status.js';
import type { FeedbackConclusion } from './ticket-workflow.js';

/** Where a ticket stands after a feedback attempt: closed, still resolved (ask again), or back at work. */
export function feedbackConclusionOf(status: TicketStatus): FeedbackConclusion {
  return status === 'closed' ? 'closed' : status === 'resolved' ? 'askAgain' : 'rework';
}

/**
 * The `feedback.record` step after an automated phone survey: records the answer as an agent's
 * would be. The conclusion for the process follows from the status it leaves (also when the step is
 * repeated, or the ticket was closed meanwhile); the job's completion moves the process.
 */
export async function recordSurveyFeedback(deps: TicketDeps, command: TicketCommand & { readonly response: FeedbackResponse }): Promise<FeedbackConclusion> {
  const outcome: TicketActionOutcome<void> = await actOnTicket(deps, command, {
    kind: 'feedback',
    plan: (context) => (context.state.status === 'resolved' ? feedbackActions(context, command.response).actions : []),
  });
  return feedbackConclusionOf(outcome.status);
}
