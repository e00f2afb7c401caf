import { holdingPositionIds } from './ticket-capacity.js';
import type { TicketDeps } from './ticket-deps.js';
import type { TicketPolicy } from './ticket-policy.js';
import type { TicketState } from './ticket-state.js';
import type { TicketUnitOfWork } from './ticket-store.js';

/** Publishes `ticket.changed` once the unit of work has committed, for the cartables before and after. */
export function publishTicketChanged(
  deps: Pick<TicketDeps, 'events'>,
  uow: Pick<TicketUnitOfWork, 'afterCommit'>,
  change: { readonly ticketId: number; readonly before: TicketState | null; readonly after: TicketState; readonly policy: TicketPolicy; readonly action: string; readonly at: Date },
): void {
  const { before, after, policy } = change;
  const positions = new Set([...(before === null ? [] : holdingPositionIds(before, policy.contractorSupervisors)), ...holdingPositionIds(after, policy.contractorSupervisors)]);
  const requester = after.details.requester.personId;
  uow.afterCommit(() =>
    deps.events.publish({
      type: 'ticket.changed',
      ticketId: change.ticketId,
      trackingCode: after.details.trackingCode,
      action: change.action,
      status: after.status,
      positionIds: [...positions].map(Number),
      requesterPersonId: requester === null ? null : Number(requester),
      at: change.at,
    }),
  );
}
