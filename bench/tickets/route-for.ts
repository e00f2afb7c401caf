import { resolveRouting, type RoutingDecision } from '../../core/routing/resolve-routing.js';
import { categoryPathOf } from '../../core/tickets/ticket-sla-target.js';
import { pathFromRoot } from '../../core/tree/path-from-root.js';
import type { ReferenceData } from './reference-data.js';

/** Where the ticket.route worker sends a ticket of this category and location: core's routing over the seeded rules, remembered. */
export function routerFor(reference: ReferenceData): (categoryId: string, locationId: string | null) => RoutingDecision {
  const { policy } = reference;
  const decisions = new Map<string, RoutingDecision>();
  return (categoryId, locationId) => {
    const key = `${categoryId}/${locationId}`;
    let decision = decisions.get(key);
    if (decision === undefined) {
      const locationPath = locationId !== null && policy.locations.has(locationId) ? pathFromRoot(policy.locations, locationId, 'location').map((node) => node.id) : [];
      decision = resolveRouting({ rules: policy.routingRules, categoryPath: categoryPathOf(policy, categoryId), locationPath, fallbackPositionId: reference.messageCenterPositionId });
      decisions.set(key, decision);
    }
    return decision;
  };
}
