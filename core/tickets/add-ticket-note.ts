import { ValidationError } from '../errors/validation-error.js';
import { actOnTicket, type TicketActionOutcome, type TicketCommand } from './act-on-ticket.js';
import type { TicketDeps } from './ticket-deps.js';

export interface AddTicketNote extends TicketCommand {
  readonly text: string;
  /** A public note is shown to the requester; a private one only to staff. A requester's note is always public. */
  readonly visibleToRequester: boolean;
}

/** Adds a note to the history; the process does not move. */
export async function addTicketNote(deps: TicketDeps, command: AddTicketNote): Promise<TicketActionOutcome<void>> {
  const text = command.text.trim();
  if (text === '') throw new ValidationError([{ field: 'text', messageKey: 'ticket.note.required' }]);
  return actOnTicket(deps, command, {
    kind: 'noted',
    plan: ({ actor, at }) => {
      const visibleToRequester = actor.kind === 'requester' || command.visibleToRequester;
      return [{ action: { kind: 'noted', at, actor, text, visibleToRequester }, visibleToRequester }];
    },
  });
}
