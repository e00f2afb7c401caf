import type { FeedbackResponse } from '../feedback/feedback-response.js';
import { BusinessRuleError } from '../errors/business-rule-error.js';
import { actOnTicket, type TicketActionOutcome, type TicketCommand } from './act-on-ticket.js';
import { feedbackActions } from './feedback-actions.js';
import { processActorOf } from './ticket-actor-of.js';
import type { TicketDeps } from './ticket-deps.js';
import { TICKET_NOT_AWAITING_ACTION } from './ticket-rule-codes.js';
import type { FeedbackConclusion } from './ticket-workflow.js';

export interface RecordFeedback extends TicketCommand {
  readonly response: FeedbackResponse;
}

/**
 * A feedback agent records what the requester said (a satisfaction of 1–5 with a comment, or no
 * answer) from their cartable: the ticket closes, goes back for rework, or waits for another attempt.
 */
export async function recordFeedback(deps: TicketDeps, command: RecordFeedback): Promise<TicketActionOutcome<FeedbackConclusion>> {
  let conclusion: FeedbackConclusion = 'askAgain';
  return actOnTicket(deps, command, {
    kind: 'feedback',
    plan: (context) => {
      const planned = feedbackActions(context, command.response);
      conclusion = planned.conclusion;
      return planned.actions;
    },
    then: async ({ uow, ticket, principal }) => {
      if (ticket.feedbackProcessInstanceKey === null) throw new BusinessRuleError(TICKET_NOT_AWAITING_ACTION, `ticket ${ticket.id} is not being asked for feedback`);
      await uow.workflow.completeFeedback(ticket.feedbackProcessInstanceKey, conclusion, processActorOf(principal));
      return conclusion;
    },
  });
}
