import { BusinessRuleError } from '../errors/business-rule-error.js';
import { actOnTicket, type TicketActionOutcome, type TicketCommand } from './act-on-ticket.js';
import { escalationTargets } from './escalation-targets.js';
import { lifecycleInstanceOf } from './lifecycle-instance-of.js';
import { processActorOf } from './ticket-actor-of.js';
import { TICKET_NO_ESCALATION_TARGET } from './ticket-rule-codes.js';
import type { TicketDeps } from './ticket-deps.js';

/** A holder or supervisor sends the ticket one level up the org chart by hand. */
export async function escalateTicket(deps: TicketDeps, command: TicketCommand): Promise<TicketActionOutcome<void>> {
  return actOnTicket(deps, command, {
    kind: 'escalated',
    plan: ({ state, policy, actor, at }) => {
      const toPositionIds = escalationTargets(state, policy);
      if (toPositionIds.length === 0) throw new BusinessRuleError(TICKET_NO_ESCALATION_TARGET, 'the ticket is already at the top of the org chart');
      return [{ action: { kind: 'escalated', at, actor, toPositionIds, level: state.escalationLevel + 1 } }];
    },
    then: async ({ uow, ticket, principal }) => {
      await uow.workflow.completeHandling(lifecycleInstanceOf(ticket), { outcome: 'escalated' }, processActorOf(principal));
    },
  });
}
