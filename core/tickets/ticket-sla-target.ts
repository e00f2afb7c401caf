import { findSlaTargetOrNull } from '../sla/find-sla-target.js';
import type { SlaTarget } from '../sla/sla-target.js';
import { pathFromRoot } from '../tree/path-from-root.js';
import type { TicketDetails } from './ticket-details.js';
import type { TicketPolicy } from './ticket-policy.js';

/** The category and its ancestors, root first; empty when uncategorized or the category is gone. */
export function categoryPathOf(policy: TicketPolicy, categoryId: string | null): string[] {
  if (categoryId === null || !policy.categories.has(categoryId)) return [];
  return pathFromRoot(policy.categories, categoryId, 'category').map((category) => category.id);
}

/** The SLA targets of a ticket's current category and priority; null when no rule applies. */
export function ticketSlaTarget(policy: TicketPolicy, details: TicketDetails): SlaTarget | null {
  return findSlaTargetOrNull(policy.slaRules, categoryPathOf(policy, details.categoryId), details.priority);
}
