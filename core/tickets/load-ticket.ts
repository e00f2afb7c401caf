import { ForbiddenError } from '../errors/forbidden-error.js';
import { NotFoundError } from '../errors/not-found-error.js';
import type { Principal } from '../access/principal.js';
import { replayTicket } from './replay-ticket.js';
import type { StoredTicket } from './stored-ticket.js';
import type { TicketState } from './ticket-state.js';
import type { TicketUnitOfWork } from './ticket-store.js';

/** A ticket for a process step, which only the system may take. */
export async function loadTicketForProcess(uow: TicketUnitOfWork, ticketId: number, actor: Principal): Promise<{ ticket: StoredTicket; state: TicketState }> {
  if (actor.kind !== 'system') throw new ForbiddenError('process steps are taken by the system');
  const ticket = await uow.tickets.loadForUpdate(ticketId);
  const state = ticket && replayTicket(ticket.history.map((recorded) => recorded.action));
  if (!ticket || !state) throw new NotFoundError('ticket', ticketId);
  return { ticket, state };
}
