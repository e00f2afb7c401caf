import type { TicketActionKind } from './ticket-action.js';
import type { TicketState } from './ticket-state.js';
import type { TicketStatus } from './ticket-status.js';

/**
 * Which actions each status allows (`registered` only creates a ticket). The table follows what the
 * ticket's process can take at that point: a registered ticket is being routed (an operator may
 * still resolve it on the spot or cancel it); a routed or started one waits in a cartable for any
 * handling decision; while it waits for the requester or a postponement only notes, the answer (or
 * an early restart) and cancellation fit; a resolved ticket waits for feedback; a closed one is final.
 */
export const ALLOWED_ACTIONS: Readonly<Record<TicketStatus, readonly TicketActionKind[]>> = {
  registered: ['routed', 'noted', 'resolved', 'closed'],
  routed: ['routed', 'started', 'referred', 'postponed', 'noted', 'resolved', 'escalated', 'closed'],
  inProgress: ['referred', 'postponed', 'noted', 'informationRequested', 'resolved', 'escalated', 'closed'],
  waitingForInformation: ['noted', 'informationProvided', 'closed'],
  postponed: ['started', 'resumed', 'noted', 'closed'],
  resolved: ['noted', 'reopened', 'feedback', 'closed'],
  closed: [],
};

/** While parts of a parallel referral are open, the ticket waits for them. */
export const ACTIONS_WHILE_PARTS_PENDING: readonly TicketActionKind[] = ['partCompleted', 'noted', 'closed'];

/** The actions a user interface may offer now; before registration only `registered`. */
export function allowedActions(state: TicketState | null): readonly TicketActionKind[] {
  if (state === null) return ['registered'];
  if (state.status !== 'closed' && state.pendingPartPositionIds.length > 0) return ACTIONS_WHILE_PARTS_PENDING;
  return ALLOWED_ACTIONS[state.status];
}
