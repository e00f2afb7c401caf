import { ForbiddenError } from '../errors/forbidden-error.js';
import { actOnTicket, type TicketActionOutcome, type TicketCommand } from './act-on-ticket.js';
import { lifecycleInstanceOf } from './lifecycle-instance-of.js';
import { processActorOf } from './ticket-actor-of.js';
import type { TicketDeps } from './ticket-deps.js';

export interface CompleteReferralPart extends TicketCommand {
  /** The position whose part is done; the actor must hold it (or supervise it). */
  readonly positionId: string;
  readonly note: string;
}

/** One position's part of a parallel referral is done; after the last one the ticket is back with the referrer. */
export async function completeReferralPart(deps: TicketDeps, command: CompleteReferralPart): Promise<TicketActionOutcome<void>> {
  return actOnTicket(deps, command, {
    kind: 'partCompleted',
    authorize: ({ principal, capacities }) => {
      const mine = principal.positionIds.some((id) => String(id) === command.positionId);
      const supervised = capacities.includes('supervisor') && principal.visiblePositionIds.some((id) => String(id) === command.positionId);
      if (principal.kind !== 'system' && !mine && !supervised) throw new ForbiddenError(`the part of position ${command.positionId} is not this user's`);
    },
    plan: ({ actor, at }) => [{ action: { kind: 'partCompleted', at, actor, positionId: command.positionId, note: command.note.trim() } }],
    then: async ({ uow, ticket, principal }) => {
      await uow.workflow.completePart(lifecycleInstanceOf(ticket), command.positionId, processActorOf(principal));
    },
  });
}
