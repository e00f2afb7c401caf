import type { RoutingRule } from './routing-rule.js';
import type { RoutingTarget } from './routing-target.js';

export interface RoutingRequest {
  readonly rules: readonly RoutingRule[];
  /** The ticket's category and its ancestors, root first; empty when uncategorized. */
  readonly categoryPath: readonly string[];
  /** The ticket's location and its ancestors, root first (province › city › building › floor); empty when unknown. */
  readonly locationPath: readonly string[];
  /** Where tickets go when no rule matches: the message center, whose operators route by hand. */
  readonly fallbackPositionId: string;
}

export interface RoutingDecision {
  readonly target: RoutingTarget;
  /** The rule that decided, or null when the fallback was used. */
  readonly ruleId: string | null;
}

/** 1 for the root level of the path, 0 for "any", -1 when the rule's node is not on the path. */
function depthOn(path: readonly string[], id: string | null): number {
  if (id === null) return 0;
  const index = path.indexOf(id);
  return index === -1 ? -1 : index + 1;
}

interface Candidate {
  readonly rule: RoutingRule;
  readonly categoryDepth: number;
  readonly locationDepth: number;
}

/**
 * Specificity, most specific first:
 * 1. the deeper matching category level (VPN beats Network beats IT beats any category);
 * 2. then the deeper matching location level (floor beats building beats city beats province beats any);
 * 3. then the higher rule priority;
 * 4. then the smaller rule id (plain string order), so the choice never depends on storage order.
 * The category comes first because it says which expertise a ticket needs; the location usually only
 * picks which team of that expertise.
 */
function compareSpecificity(a: Candidate, b: Candidate): number {
  return (
    b.categoryDepth - a.categoryDepth ||
    b.locationDepth - a.locationDepth ||
    b.rule.priority - a.rule.priority ||
    (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0)
  );
}

/** The target of the most specific matching rule, or the fallback position when none matches. */
export function resolveRouting(request: RoutingRequest): RoutingDecision {
  const candidates: Candidate[] = [];
  for (const rule of request.rules) {
    const categoryDepth = depthOn(request.categoryPath, rule.categoryId);
    const locationDepth = depthOn(request.locationPath, rule.locationId);
    if (categoryDepth >= 0 && locationDepth >= 0) candidates.push({ rule, categoryDepth, locationDepth });
  }
  const best = candidates.sort(compareSpecificity)[0];
  if (best === undefined) return { target: { kind: 'positions', positionIds: [request.fallbackPositionId] }, ruleId: null };
  return { target: best.rule.target, ruleId: best.rule.id };
}
