import { ValidationError } from '../errors/validation-error.js';
import { actOnTicket, type TicketActionOutcome, type TicketCommand } from './act-on-ticket.js';
import { lifecycleInstanceOf } from './lifecycle-instance-of.js';
import { processActorOf } from './ticket-actor-of.js';
import type { TicketDeps } from './ticket-deps.js';

export interface ReferTicket extends TicketCommand {
  readonly toPositionIds: readonly string[];
  readonly note: string;
  /** Each position does its own part and the ticket comes back when all are done; otherwise it moves to them. */
  readonly parallel?: boolean;
}

/** Sends the ticket to other positions: it moves to them, or (in parallel) each does a part and it returns. */
export async function referTicket(deps: TicketDeps, command: ReferTicket): Promise<TicketActionOutcome<void>> {
  const toPositionIds = [...new Set(command.toPositionIds)];
  return actOnTicket(deps, command, {
    kind: 'referred',
    plan: ({ policy, actor, at }) => {
      const unknown = toPositionIds.filter((positionId) => !policy.positions.has(positionId));
      if (toPositionIds.length === 0) throw new ValidationError([{ field: 'toPositionIds', messageKey: 'ticket.referral.positionsRequired' }]);
      if (unknown.length > 0) throw new ValidationError([{ field: 'toPositionIds', messageKey: 'ticket.referral.positionUnknown', params: { positionIds: unknown.join(',') } }]);
      const parallel = command.parallel === true && toPositionIds.length > 1;
      return [{ action: { kind: 'referred', at, actor, toPositionIds, note: command.note.trim(), ...(parallel ? { parallel } : {}) } }];
    },
    then: async ({ uow, ticket, principal }, { after }) => {
      const decision = after.pendingPartPositionIds.length > 0 ? { outcome: 'referredInParallel' as const, partPositionIds: after.pendingPartPositionIds } : { outcome: 'referred' as const };
      await uow.workflow.completeHandling(lifecycleInstanceOf(ticket), decision, processActorOf(principal));
    },
  });
}
