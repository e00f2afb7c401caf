import { actOnTicket, type TicketActionOutcome, type TicketCommand } from './act-on-ticket.js';
import { lifecycleInstanceOf } from './lifecycle-instance-of.js';
import { processActorOf } from './ticket-actor-of.js';
import type { TicketDeps } from './ticket-deps.js';

export interface PostponeTicket extends TicketCommand {
  readonly until: Date;
  readonly reason: string;
}

/** Defers the work to a date; both SLA clocks pause until then, and the ticket comes back by itself. */
export async function postponeTicket(deps: TicketDeps, command: PostponeTicket): Promise<TicketActionOutcome<void>> {
  return actOnTicket(deps, command, {
    kind: 'postponed',
    plan: ({ actor, at }) => [{ action: { kind: 'postponed', at, actor, until: command.until, reason: command.reason.trim() } }],
    then: async ({ uow, ticket, principal }) => {
      await uow.workflow.completeHandling(lifecycleInstanceOf(ticket), { outcome: 'postponed', until: command.until }, processActorOf(principal));
    },
  });
}
