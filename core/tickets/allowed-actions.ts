import type { TicketActionKind } from './ticket-action.js';
import type { TicketState } from './ticket-state.js';
import type { TicketStatus } from './ticket-status.js';

/**
 * Which actions each status allows (`registered` only creates a ticket). A ticket can be resolved
 * from any open status, because an operator often answers on the spot; a closed ticket is final.
 */
export const ALLOWED_ACTIONS: Readonly<Record<TicketStatus, readonly TicketActionKind[]>> = {
  registered: ['routed', 'started', 'referred', 'noted', 'resolved', 'escalated', 'closed'],
  routed: ['routed', 'started', 'referred', 'postponed', 'noted', 'resolved', 'escalated', 'closed'],
  inProgress: ['referred', 'postponed', 'noted', 'informationRequested', 'resolved', 'escalated', 'closed'],
  waitingForInformation: ['referred', 'noted', 'informationProvided', 'resolved', 'escalated', 'closed'],
  postponed: ['started', 'referred', 'postponed', 'noted', 'resolved', 'escalated', 'closed'],
  resolved: ['noted', 'reopened', 'feedback', 'closed'],
  closed: [],
};

/** The actions a user interface may offer now; before registration only `registered`. */
export function allowedActions(state: TicketState | null): readonly TicketActionKind[] {
  return state === null ? ['registered'] : ALLOWED_ACTIONS[state.status];
}
