import { BusinessRuleError } from '../errors/business-rule-error.js';
import { ValidationError } from '../errors/validation-error.js';
import { escalationTarget } from '../org/escalation-path.js';
import { actOnTicket, type TicketActionOutcome, type TicketCommand } from './act-on-ticket.js';
import { resolverPositionOf } from './feedback-actions.js';
import { processActorOf } from './ticket-actor-of.js';
import type { TicketDeps } from './ticket-deps.js';
import { TICKET_NOT_AWAITING_ACTION } from './ticket-rule-codes.js';

export interface ReopenTicket extends TicketCommand {
  readonly reason: string;
}

/**
 * Sends a resolved ticket back for rework, to the senior responsible: the parent of the position that
 * resolved it (that position itself at the top of the chart). A feedback agent or a supervisor does
 * this instead of recording a score.
 */
export async function reopenTicket(deps: TicketDeps, command: ReopenTicket): Promise<TicketActionOutcome<void>> {
  const reason = command.reason.trim();
  if (reason === '') throw new ValidationError([{ field: 'reason', messageKey: 'ticket.reopen.reasonRequired' }]);
  return actOnTicket(deps, command, {
    kind: 'reopened',
    plan: ({ state, policy, actor, at }) => {
      const resolver = resolverPositionOf(state, policy);
      const senior = resolver !== null && policy.positions.has(resolver) ? (escalationTarget(policy.positions, resolver, 1)?.id ?? resolver) : resolver;
      return [{ action: { kind: 'reopened', at, actor, reason, toPositionIds: senior === null ? null : [senior] } }];
    },
    then: async ({ uow, ticket, principal }) => {
      if (ticket.feedbackProcessInstanceKey === null) throw new BusinessRuleError(TICKET_NOT_AWAITING_ACTION, `ticket ${ticket.id} is not awaiting feedback`);
      await uow.workflow.completeFeedback(ticket.feedbackProcessInstanceKey, 'rework', processActorOf(principal));
    },
  });
}
