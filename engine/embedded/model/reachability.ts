import type { ElementModel } from './process-model.js';

/**
 * For each flow node, the flow nodes it can reach by following sequence flows (boundary events
 * count as reachable from their activity). Used to decide when an inclusive join may fire: when no
 * active element can still reach it.
 */
export function computeReachability(elements: ReadonlyMap<string, ElementModel>): Map<string, Set<string>> {
  const next = new Map<string, string[]>();
  for (const element of elements.values()) {
    const targets = element.outgoing.map((flow) => flow.targetId);
    for (const boundary of element.boundaryEvents) targets.push(boundary.id);
    next.set(element.id, targets);
  }
  const reachable = new Map<string, Set<string>>();
  for (const start of elements.keys()) {
    const seen = new Set<string>();
    const stack = [...(next.get(start) ?? [])];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(next.get(id) ?? []));
    }
    reachable.set(start, seen);
  }
  return reachable;
}
