import { resolveRouting } from '../routing/resolve-routing.js';
import type { RoutingTarget } from '../routing/routing-target.js';
import { pathFromRoot } from '../tree/path-from-root.js';
import { actOnTicket, type TicketCommand, type TicketActionOutcome } from './act-on-ticket.js';
import { categoryPathOf } from './ticket-sla-target.js';
import type { TicketDeps } from './ticket-deps.js';
import type { TicketPolicy } from './ticket-policy.js';
import type { TicketState } from './ticket-state.js';

export interface RoutingOutcome {
  readonly target: RoutingTarget;
  readonly ruleId: string | null;
}

function messageCenter(policy: TicketPolicy): string {
  const positionId = policy.settings.messageCenterPositionId;
  if (positionId === null || !policy.positions.has(positionId)) {
    // A configuration gap, not a business outcome: the step becomes an incident an admin can resolve.
    throw new Error('no message center position is configured (setting routing.messageCenterPositionId)');
  }
  return positionId;
}

function decide(policy: TicketPolicy, state: TicketState): RoutingOutcome {
  const { details } = state;
  const locationPath = details.locationId !== null && policy.locations.has(details.locationId) ? pathFromRoot(policy.locations, details.locationId, 'location').map((node) => node.id) : [];
  const decision = resolveRouting({ rules: policy.routingRules, categoryPath: categoryPathOf(policy, details.categoryId), locationPath, fallbackPositionId: messageCenter(policy) });
  const { target } = decision;
  // A rule naming positions or a contractor that no longer exist must not hide the ticket.
  if (target.kind === 'positions') {
    const existing = target.positionIds.filter((positionId) => policy.positions.has(positionId));
    if (existing.length > 0) return { target: { kind: 'positions', positionIds: existing }, ruleId: decision.ruleId };
  } else if ((policy.contractorSupervisors.get(target.contractorId) ?? []).length > 0) {
    return decision;
  }
  return { target: { kind: 'positions', positionIds: [messageCenter(policy)] }, ruleId: null };
}

/**
 * Sends a registered ticket to the positions (or the contractor) of the most specific routing rule
 * for its category and location, or to the message center when none matches. A process step: a
 * ticket that has left `registered` meanwhile (cancelled, say) is left alone.
 */
export async function routeTicket(deps: TicketDeps, command: TicketCommand): Promise<TicketActionOutcome<RoutingOutcome | null>> {
  let decision: RoutingOutcome | null = null;
  return actOnTicket(deps, command, {
    kind: 'routed',
    plan: ({ state, policy, actor, at }) => {
      if (state.status !== 'registered') return [];
      decision = decide(policy, state);
      return [{ action: { kind: 'routed', at, actor, target: decision.target, ruleId: decision.ruleId } }];
    },
    then: () => decision,
  });
}
