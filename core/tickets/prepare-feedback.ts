import type { Principal } from '../access/principal.js';
import { FEEDBACK_AGENT_GROUP, positionGroup } from './candidate-groups.js';
import { loadTicketForProcess } from './load-ticket.js';
import type { TicketDeps } from './ticket-deps.js';
import type { FeedbackSurvey } from './ticket-settings.js';

export interface FeedbackPreparation {
  /** The feedback agents' cartable. */
  readonly candidateGroups: readonly string[];
  readonly survey: FeedbackSurvey;
  /** ISO 8601 duration to wait before asking again after no answer. */
  readonly retryAfter: string;
}

/**
 * The `feedback.prepare` step: remembers which feedback process asks about the ticket (so that the
 * agent's answer completes its task) and reads how feedback is gathered from the settings.
 */
export async function prepareFeedback(deps: Pick<TicketDeps, 'store'>, command: { readonly ticketId: number; readonly processInstanceKey: string; readonly actor: Principal }): Promise<FeedbackPreparation> {
  return deps.store.transaction(async (uow) => {
    await loadTicketForProcess(uow, command.ticketId, command.actor);
    await uow.tickets.setProcessInstanceKey(command.ticketId, 'feedback', command.processInstanceKey);
    const { settings } = await uow.policy();
    return {
      candidateGroups: [settings.feedbackPositionId === null ? FEEDBACK_AGENT_GROUP : positionGroup(settings.feedbackPositionId)],
      survey: settings.feedbackSurvey,
      retryAfter: settings.feedbackRetryAfter,
    };
  });
}
