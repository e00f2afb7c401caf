import type { RoutingTarget } from './routing-target.js';

/**
 * Sends tickets of a category (and everything below it) from a location (and everything inside it)
 * to a target. A null category or location matches any.
 */
export interface RoutingRule {
  readonly id: string;
  readonly categoryId: string | null;
  readonly locationId: string | null;
  /** Breaks ties between equally specific rules; higher wins. */
  readonly priority: number;
  readonly target: RoutingTarget;
}
