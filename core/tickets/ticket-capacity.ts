import type { Principal } from '../access/principal.js';
import type { TicketActionKind } from './ticket-action.js';
import type { TicketState } from './ticket-state.js';

/** In what capacity someone acts on a ticket; each allows some actions (`CAPACITY_ACTIONS`). */
export type TicketCapacity = 'system' | 'holder' | 'supervisor' | 'operator' | 'feedbackAgent' | 'requester';

const HANDLING: readonly TicketActionKind[] = [
  'started',
  'referred',
  'partCompleted',
  'postponed',
  'noted',
  'informationRequested',
  'informationProvided',
  'resolved',
  'escalated',
  'closed',
];

/**
 * Holders of a position the ticket is assigned to handle it (an expert takes the requester's answer
 * on the phone too); supervisors may do the same for their subtree and also send a resolved ticket
 * back for rework; operators of the message center follow up (notes, the requester's answer,
 * cancelling a duplicate); feedback agents record satisfaction and send for rework; requesters
 * answer questions about their own tickets and add notes to them.
 */
export const CAPACITY_ACTIONS: Readonly<Record<TicketCapacity, readonly TicketActionKind[]>> = {
  system: ['routed', 'started', 'referred', 'partCompleted', 'postponed', 'resumed', 'noted', 'informationRequested', 'informationProvided', 'resolved', 'reopened', 'escalated', 'feedback', 'closed'],
  holder: HANDLING,
  supervisor: [...HANDLING, 'reopened'],
  operator: ['noted', 'informationProvided', 'closed'],
  feedbackAgent: ['feedback', 'reopened', 'noted'],
  requester: ['informationProvided', 'noted'],
};

/** The positions that hold a ticket now: its assigned ones, or the supervisors of its contractor. */
export function holdingPositionIds(state: TicketState, contractorSupervisors: ReadonlyMap<string, readonly string[]>): readonly string[] {
  if (state.contractorId !== null) return contractorSupervisors.get(state.contractorId) ?? [];
  return state.assignedPositionIds;
}

/** Every capacity in which `principal` may act on a ticket in `state`. */
export function capacitiesOf(principal: Principal, state: TicketState, holding: readonly string[]): TicketCapacity[] {
  if (principal.kind === 'system') return ['system'];
  const capacities: TicketCapacity[] = [];
  const holds = new Set(holding);
  if (principal.positionIds.some((positionId) => holds.has(String(positionId)))) capacities.push('holder');
  if (principal.roles.has('supervisor') && principal.visiblePositionIds.some((positionId) => holds.has(String(positionId)))) capacities.push('supervisor');
  // A supervisor may send back for rework a ticket their subtree resolved (it then holds nothing).
  if (principal.roles.has('supervisor') && state.resolvedByPositionId !== null && principal.visiblePositionIds.some((id) => String(id) === state.resolvedByPositionId)) {
    if (!capacities.includes('supervisor')) capacities.push('supervisor');
  }
  if (principal.roles.has('operator')) capacities.push('operator');
  if (principal.roles.has('feedbackAgent') && state.status === 'resolved') capacities.push('feedbackAgent');
  if (principal.personId !== null && state.details.requester.personId === String(principal.personId)) capacities.push('requester');
  return capacities;
}

/** Whether any of the principal's capacities allows `kind`. */
export function mayAct(capacities: readonly TicketCapacity[], kind: TicketActionKind): boolean {
  return capacities.some((capacity) => CAPACITY_ACTIONS[capacity].includes(kind));
}
