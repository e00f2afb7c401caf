import type { Principal } from '../access/principal.js';
import { NotFoundError } from '../errors/not-found-error.js';
import { computeSla, type SlaStatus } from '../sla/compute-sla.js';
import { allowedActions } from './allowed-actions.js';
import { canViewTicket } from './can-view-ticket.js';
import type { RecordedTicketAction } from './recorded-ticket-action.js';
import { replayTicket } from './replay-ticket.js';
import type { TicketActionKind } from './ticket-action.js';
import type { TicketAttachment } from './ticket-attachment.js';
import { capacitiesOf, holdingPositionIds, mayAct } from './ticket-capacity.js';
import type { TicketDeps } from './ticket-deps.js';
import { ticketSlaTarget } from './ticket-sla-target.js';
import type { TicketState } from './ticket-state.js';

export interface TicketView {
  readonly id: number;
  readonly version: number;
  readonly state: TicketState;
  /** Both SLA clocks now; null when no SLA target applies. */
  readonly sla: SlaStatus | null;
  /** What this principal may do now (the status allows it and their capacity does). */
  readonly allowedActions: readonly TicketActionKind[];
  /** The log, oldest first; a requester does not see private notes. */
  readonly history: readonly RecordedTicketAction[];
  readonly attachments: readonly TicketAttachment[];
  readonly holdingPositionIds: readonly string[];
  /** The ticket-lifecycle process instance, once started (its path is drawn on the ticket's diagram). */
  readonly processInstanceKey: string | null;
}

/** A ticket with its full history, for those who may see it; others are told it does not exist. */
export async function getTicket(deps: Pick<TicketDeps, 'store' | 'clock'>, query: { readonly ticketId: number; readonly actor: Principal }): Promise<TicketView> {
  return deps.store.transaction(async (uow) => {
    const ticket = await uow.tickets.load(query.ticketId);
    const state = ticket && replayTicket(ticket.history.map((recorded) => recorded.action));
    if (!ticket || !state || !canViewTicket(query.actor, { requesterPersonId: state.details.requester.personId, status: state.status, involvedPositionIds: ticket.involvedPositionIds })) {
      throw new NotFoundError('ticket', query.ticketId);
    }
    const policy = await uow.policy();
    const holding = holdingPositionIds(state, policy.contractorSupervisors);
    const capacities = capacitiesOf(query.actor, state, holding);
    const onlyRequester = capacities.every((capacity) => capacity === 'requester') && !['admin', 'auditor', 'operator'].some((role) => query.actor.roles.has(role as 'admin'));
    const target = ticketSlaTarget(policy, state.details);
    const history = ticket.history.map((recorded) => recorded.action);
    return {
      id: ticket.id,
      version: ticket.version,
      state,
      sla: target === null ? null : computeSla({ history, calendar: policy.calendar, target, now: deps.clock.now() }),
      allowedActions: allowedActions(state).filter((kind) => mayAct(capacities, kind)),
      history: onlyRequester && query.actor.kind !== 'system' ? ticket.history.filter((recorded) => recorded.visibleToRequester) : ticket.history,
      attachments: await uow.tickets.listAttachments(ticket.id),
      holdingPositionIds: holding,
      processInstanceKey: ticket.processInstanceKey,
    };
  });
}
