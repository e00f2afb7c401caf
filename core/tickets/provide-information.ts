import { ValidationError } from '../errors/validation-error.js';
import { actOnTicket, type TicketActionOutcome, type TicketCommand } from './act-on-ticket.js';
import { processActorOf } from './ticket-actor-of.js';
import type { TicketDeps } from './ticket-deps.js';

export interface ProvideInformation extends TicketCommand {
  readonly answer: string;
}

/** The requester's answer (from the portal, or taken on the phone by an operator or the expert); the ticket is back in its cartable. */
export async function provideInformation(deps: TicketDeps, command: ProvideInformation): Promise<TicketActionOutcome<void>> {
  const answer = command.answer.trim();
  if (answer === '') throw new ValidationError([{ field: 'answer', messageKey: 'ticket.answer.required' }]);
  return actOnTicket(deps, command, {
    kind: 'informationProvided',
    plan: ({ actor, at }) => [{ action: { kind: 'informationProvided', at, actor, answer } }],
    then: async ({ uow, ticket, principal }, { actionIds }) => {
      await uow.workflow.informationProvided(ticket.id, actionIds[0]!, processActorOf(principal));
    },
  });
}
