import { decideFeedback } from '../feedback/decide-feedback.js';
import type { FeedbackResponse } from '../feedback/feedback-response.js';
import type { PlannedAction } from './act-on-ticket.js';
import type { TicketActor } from './ticket-actor.js';
import type { TicketPolicy } from './ticket-policy.js';
import type { TicketState } from './ticket-state.js';
import type { FeedbackConclusion } from './ticket-workflow.js';

/** The position whose senior reworks a ticket: the resolver's, else the positions that had it, else the message center. */
export function resolverPositionOf(state: TicketState, policy: TicketPolicy): string | null {
  return state.resolvedByPositionId ?? state.assignedPositionIds[0] ?? policy.settings.messageCenterPositionId;
}

/**
 * What a feedback attempt adds to the log: the response, then the closure (satisfied, or no
 * feedback after the last attempt) or the reopening for rework by the resolver's senior, per the
 * feedback policy; nothing more when the requester is to be asked again.
 */
export function feedbackActions(
  context: { readonly state: TicketState; readonly policy: TicketPolicy; readonly actor: TicketActor; readonly at: Date },
  response: FeedbackResponse,
): { readonly actions: PlannedAction[]; readonly conclusion: FeedbackConclusion } {
  const { state, policy, actor, at } = context;
  const resolver = resolverPositionOf(state, policy);
  const decision = decideFeedback({ policy: policy.settings.feedback, response, attempt: state.feedbackAttempts + 1, resolverPositionId: resolver ?? '', positions: policy.positions });
  const actions: PlannedAction[] = [{ action: { kind: 'feedback', at, actor, response } }];
  switch (decision.kind) {
    case 'close':
      actions.push({ action: { kind: 'closed', at, actor, reason: decision.reason } });
      return { actions, conclusion: 'closed' };
    case 'rework': {
      const reason = response.kind === 'answered' ? `satisfaction ${response.score}` : 'no answer';
      actions.push({ action: { kind: 'reopened', at, actor, reason, toPositionIds: decision.positionId === '' ? null : [decision.positionId] } });
      return { actions, conclusion: 'rework' };
    }
    case 'askAgain':
      return { actions, conclusion: 'askAgain' };
  }
}
