import { ValidationError } from '../errors/validation-error.js';
import { actOnTicket, type TicketActionOutcome, type TicketCommand } from './act-on-ticket.js';
import { lifecycleInstanceOf } from './lifecycle-instance-of.js';
import { processActorOf } from './ticket-actor-of.js';
import type { TicketDeps } from './ticket-deps.js';

export interface ResolveTicket extends TicketCommand {
  readonly resolution: string;
}

/**
 * Records the resolution; the ticket goes to feedback. The resolving position is the actor's (the
 * one holding the ticket, else their own): its parent is the senior who reworks an unsatisfied answer.
 */
export async function resolveTicket(deps: TicketDeps, command: ResolveTicket): Promise<TicketActionOutcome<void>> {
  const resolution = command.resolution.trim();
  if (resolution === '') throw new ValidationError([{ field: 'resolution', messageKey: 'ticket.resolution.required' }]);
  return actOnTicket(deps, command, {
    kind: 'resolved',
    plan: ({ actor, at, holding }) => {
      const byPositionId = actor.kind === 'staff' && actor.positionId !== null ? actor.positionId : (holding[0] ?? null);
      return [{ action: { kind: 'resolved', at, actor, resolution, byPositionId } }];
    },
    then: async ({ uow, ticket, principal }) => {
      await uow.workflow.completeHandling(lifecycleInstanceOf(ticket), { outcome: 'resolved' }, processActorOf(principal));
    },
  });
}
