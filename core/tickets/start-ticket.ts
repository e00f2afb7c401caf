import { actOnTicket, type TicketActionOutcome, type TicketCommand } from './act-on-ticket.js';
import { processActorOf } from './ticket-actor-of.js';
import type { TicketDeps } from './ticket-deps.js';

/** A holder takes up the ticket: the first start is the first response; a postponed ticket resumes early. */
export async function startTicket(deps: TicketDeps, command: TicketCommand): Promise<TicketActionOutcome<void>> {
  return actOnTicket(deps, command, {
    kind: 'started',
    plan: ({ actor, at }) => [{ action: { kind: 'started', at, actor } }],
    then: async ({ uow, state, ticket, principal }) => {
      if (state.status === 'postponed') await uow.workflow.resumePostponed(ticket.id, processActorOf(principal));
    },
  });
}
