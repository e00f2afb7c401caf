import { actOnTicket, type TicketActionOutcome, type TicketCommand } from './act-on-ticket.js';
import { escalationTargets } from './escalation-targets.js';
import { handlingPlan } from './handling-plan.js';
import type { TicketDeps } from './ticket-deps.js';

/**
 * The `ticket.escalate` step, when the escalation timer of the handling step fired: the ticket
 * moves one level up, unless the log says the escalation is no longer due (the clock stopped, say,
 * because the ticket was started under a response-time policy), in which case nothing happens and
 * the process plans the handling step again.
 */
export async function escalateOverdueTicket(deps: TicketDeps, command: TicketCommand): Promise<TicketActionOutcome<{ readonly escalated: boolean; readonly level: number }>> {
  return actOnTicket(deps, command, {
    kind: 'escalated',
    plan: ({ ticket, state, policy, actor, at }) => {
      if (state.status !== 'routed' && state.status !== 'inProgress') return [];
      const plan = handlingPlan(state, ticket.history.map((recorded) => recorded.action), policy);
      if (plan.escalationDueAt === null || plan.escalationLevel === null || plan.escalationDueAt.getTime() > at.getTime()) return [];
      return [{ action: { kind: 'escalated', at, actor, toPositionIds: escalationTargets(state, policy), level: plan.escalationLevel } }];
    },
    then: (_context, { after, actionIds }) => ({ escalated: actionIds.length > 0, level: after.escalationLevel }),
  });
}
