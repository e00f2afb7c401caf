import { escalationTarget } from '../org/escalation-path.js';
import type { TicketPolicy } from './ticket-policy.js';
import type { TicketState } from './ticket-state.js';

/**
 * Where a ticket goes one level up: the parents of the positions that have it (a position at the
 * top stays where it is), or, from a contractor, the positions of ours that oversee the contractor.
 * Empty when nobody is above: escalation has reached the top of the chart.
 */
export function escalationTargets(state: TicketState, policy: TicketPolicy): string[] {
  if (state.contractorId !== null) return [...(policy.contractorSupervisors.get(state.contractorId) ?? [])];
  const holding = state.assignedPositionIds;
  const targets = [...new Set(holding.map((positionId) => (policy.positions.has(positionId) ? (escalationTarget(policy.positions, positionId, 1)?.id ?? positionId) : positionId)))];
  return targets.every((positionId) => holding.includes(positionId)) ? [] : targets;
}
