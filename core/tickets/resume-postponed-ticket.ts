import { actOnTicket, type TicketActionOutcome, type TicketCommand } from './act-on-ticket.js';
import type { TicketDeps } from './ticket-deps.js';

/**
 * The `ticket.resume` step, when a postponement's date came: the ticket is back as it was before
 * (new if nobody had started it, in progress otherwise). A ticket taken up early, or closed, is left alone.
 */
export async function resumePostponedTicket(deps: TicketDeps, command: TicketCommand): Promise<TicketActionOutcome<void>> {
  return actOnTicket(deps, command, {
    kind: 'resumed',
    plan: ({ state, actor, at }) => (state.status === 'postponed' ? [{ action: { kind: 'resumed', at, actor } }] : []),
  });
}
