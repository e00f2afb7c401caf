import { nextEscalation } from '../sla/next-escalation.js';
import { positionGroup } from './candidate-groups.js';
import { escalationTargets } from './escalation-targets.js';
import type { TicketAction } from './ticket-action.js';
import { holdingPositionIds } from './ticket-capacity.js';
import type { TicketPolicy } from './ticket-policy.js';
import { ticketSlaTarget } from './ticket-sla-target.js';
import type { TicketState } from './ticket-state.js';

/** How the ticket waits in its handling step: whose cartable, and when it escalates if nobody acts. */
export interface HandlingPlan {
  /** The user task's candidate groups, one per holding position (`position:<id>`). */
  readonly candidateGroups: readonly string[];
  /** When the next escalation falls due on the business calendar; null when none is pending. */
  readonly escalationDueAt: Date | null;
  /** The level that escalation would reach. */
  readonly escalationLevel: number | null;
}

/**
 * The handling step of a ticket, recomputed from its log: the escalation policy's clock on the
 * business calendar says when (pauses delay it), and there must be someone above to escalate to.
 */
export function handlingPlan(state: TicketState, history: readonly TicketAction[], policy: TicketPolicy): HandlingPlan {
  const holding = holdingPositionIds(state, policy.contractorSupervisors);
  if (holding.length === 0) throw new Error(`ticket ${state.details.trackingCode} is in no cartable`);
  const candidateGroups = holding.map(positionGroup);
  const target = ticketSlaTarget(policy, state.details);
  const next = target === null ? null : nextEscalation({ policy: policy.settings.escalation, history, calendar: policy.calendar, target });
  if (next === null || escalationTargets(state, policy).length === 0) return { candidateGroups, escalationDueAt: null, escalationLevel: null };
  return { candidateGroups, escalationDueAt: next.at, escalationLevel: next.level };
}
