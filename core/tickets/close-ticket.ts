import { actOnTicket, type TicketActionOutcome, type TicketCommand } from './act-on-ticket.js';
import type { CloseReason } from './close-reason.js';
import { processActorOf } from './ticket-actor-of.js';
import type { TicketDeps } from './ticket-deps.js';

export interface CloseTicket extends TicketCommand {
  /** `cancelled` or `duplicate` for open tickets; `notSurveyed` for a resolved one nobody will ask. */
  readonly reason: Extract<CloseReason, 'cancelled' | 'duplicate' | 'notSurveyed'>;
}

/** Closes a ticket outside the normal path; its process ends wherever it waits. */
export async function closeTicket(deps: TicketDeps, command: CloseTicket): Promise<TicketActionOutcome<void>> {
  return actOnTicket(deps, command, {
    kind: 'closed',
    plan: ({ actor, at }) => [{ action: { kind: 'closed', at, actor, reason: command.reason } }],
    then: async ({ uow, ticket, principal }) => {
      await uow.workflow.closed(ticket.id, processActorOf(principal));
    },
  });
}
