import { applyAction } from './apply-action.js';
import type { TicketAction } from './ticket-action.js';
import type { TicketState } from './ticket-state.js';

/** The state a history leads to; null for an empty history. Throws as `applyAction` does on a bad step. */
export function replayTicket(history: readonly TicketAction[]): TicketState | null {
  return history.reduce<TicketState | null>(applyAction, null);
}
