import type { RoutingRule } from '../../../contract/admin/routing-rule';
import type { TreeRecord } from '../../shared/tree/tree-record';
import { pathTo } from '../../shared/tree/walk-tree';

/** How specific a rule is: the level of its category and of its location (0 for "any"), as the server ranks rules. */
export interface RuleSpecificity {
  readonly categoryLevel: number;
  readonly locationLevel: number;
}

export function ruleSpecificity(rule: RoutingRule, categories: ReadonlyMap<number, TreeRecord>, locations: ReadonlyMap<number, TreeRecord>): RuleSpecificity {
  return {
    categoryLevel: rule.categoryId === null ? 0 : pathTo(categories, rule.categoryId).length,
    locationLevel: rule.locationId === null ? 0 : pathTo(locations, rule.locationId).length,
  };
}

/**
 * Most specific first, the order in which the server tries them (core/routing/resolve-routing.ts):
 * the deeper category, then the deeper location, then the higher priority, then the older rule.
 */
export function compareRules(a: RoutingRule, b: RoutingRule, specificity: (rule: RoutingRule) => RuleSpecificity): number {
  const [x, y] = [specificity(a), specificity(b)];
  return y.categoryLevel - x.categoryLevel || y.locationLevel - x.locationLevel || b.priority - a.priority || a.id - b.id;
}

/**
 * The active rule that routes a ticket of `categoryId` at `locationId`: a rule matches when its
 * category and location are the ticket's or above them (or "any"); the most specific wins.
 * `null` when none matches (the message center gets the ticket).
 */
export function winningRule(
  rules: readonly RoutingRule[],
  categoryId: number | null,
  locationId: number | null,
  categories: ReadonlyMap<number, TreeRecord>,
  locations: ReadonlyMap<number, TreeRecord>,
): RoutingRule | null {
  const categoryPath = new Set(pathTo(categories, categoryId).map((item) => item.id));
  const locationPath = new Set(pathTo(locations, locationId).map((item) => item.id));
  const specificity = (rule: RoutingRule) => ruleSpecificity(rule, categories, locations);
  const matching = rules.filter(
    (rule) => rule.active && (rule.categoryId === null || categoryPath.has(rule.categoryId)) && (rule.locationId === null || locationPath.has(rule.locationId)),
  );
  return [...matching].sort((a, b) => compareRules(a, b, specificity))[0] ?? null;
}
