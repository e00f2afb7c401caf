import { NotFoundError } from '../errors/not-found-error.js';
import type { Principal } from '../access/principal.js';
import { actOnTicket, type TicketActionOutcome, type TicketCommand } from './act-on-ticket.js';
import { canViewTicket } from './can-view-ticket.js';
import { replayTicket } from './replay-ticket.js';
import type { NewTicketAttachment, TicketAttachment } from './ticket-attachment.js';
import type { TicketDeps } from './ticket-deps.js';

/** Attaches a stored file to a ticket; whoever may add a note may attach. Returns the attachment's id. */
export async function attachTicketFile(deps: TicketDeps, command: TicketCommand & { readonly file: Omit<NewTicketAttachment, 'createdAt' | 'uploadedByUserId'> }): Promise<TicketActionOutcome<string>> {
  return actOnTicket(deps, command, {
    kind: 'noted',
    plan: () => [],
    then: ({ uow, ticket, principal, at }) =>
      uow.tickets.addAttachment(ticket.id, { ...command.file, createdAt: at, uploadedByUserId: principal.kind === 'user' ? String(principal.id) : null }),
  });
}

/** An attachment, for those who may see its ticket. */
export async function getTicketAttachment(deps: Pick<TicketDeps, 'store'>, query: { readonly ticketId: number; readonly attachmentId: string; readonly actor: Principal }): Promise<TicketAttachment> {
  return deps.store.transaction(async (uow) => {
    const ticket = await uow.tickets.load(query.ticketId);
    const state = ticket && replayTicket(ticket.history.map((recorded) => recorded.action));
    if (!ticket || !state || !canViewTicket(query.actor, { requesterPersonId: state.details.requester.personId, status: state.status, involvedPositionIds: ticket.involvedPositionIds })) {
      throw new NotFoundError('ticket', query.ticketId);
    }
    const attachment = (await uow.tickets.listAttachments(ticket.id)).find((candidate) => candidate.id === query.attachmentId);
    if (attachment === undefined) throw new NotFoundError('attachment', query.attachmentId);
    return attachment;
  });
}
