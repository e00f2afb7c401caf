import type { Principal } from '../access/principal.js';
import { handlingPlan, type HandlingPlan } from './handling-plan.js';
import { loadTicketForProcess } from './load-ticket.js';
import type { TicketDeps } from './ticket-deps.js';

/** The `ticket.sla` step: the cartables and the escalation due time of the handling step about to open. */
export async function planTicketHandling(deps: Pick<TicketDeps, 'store'>, command: { readonly ticketId: number; readonly actor: Principal }): Promise<HandlingPlan> {
  return deps.store.transaction(async (uow) => {
    const { ticket, state } = await loadTicketForProcess(uow, command.ticketId, command.actor);
    return handlingPlan(state, ticket.history.map((recorded) => recorded.action), await uow.policy());
  });
}
