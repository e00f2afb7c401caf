import { ValidationError } from '../errors/validation-error.js';
import { actOnTicket, type TicketActionOutcome, type TicketCommand } from './act-on-ticket.js';
import { lifecycleInstanceOf } from './lifecycle-instance-of.js';
import { processActorOf } from './ticket-actor-of.js';
import type { TicketDeps } from './ticket-deps.js';

export interface RequestInformation extends TicketCommand {
  readonly question: string;
}

/** Asks the requester something (sent to them by SMS); the SLA clocks pause until the answer. */
export async function requestInformation(deps: TicketDeps, command: RequestInformation): Promise<TicketActionOutcome<void>> {
  const question = command.question.trim();
  if (question === '') throw new ValidationError([{ field: 'question', messageKey: 'ticket.question.required' }]);
  return actOnTicket(deps, command, {
    kind: 'informationRequested',
    plan: ({ actor, at }) => [{ action: { kind: 'informationRequested', at, actor, question } }],
    then: async ({ uow, ticket, principal }) => {
      await uow.workflow.completeHandling(lifecycleInstanceOf(ticket), { outcome: 'informationRequested' }, processActorOf(principal));
    },
  });
}
