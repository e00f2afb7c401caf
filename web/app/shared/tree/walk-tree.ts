import type { TreeRecord } from './tree-record';

/** A record and how deep it sits (0 at the top). */
export interface TreeEntry<T> {
  readonly item: T;
  readonly depth: number;
}

/**
 * The records depth first, parents before their children, siblings in `compare` order. A record
 * whose parent is missing counts as a top one; records caught in a cycle (which the server refuses)
 * are left out rather than looping.
 */
export function walkTree<T extends TreeRecord>(items: readonly T[], compare: (a: T, b: T) => number = (a, b) => a.id - b.id): TreeEntry<T>[] {
  const ids = new Set(items.map((item) => item.id));
  const children = new Map<number | null, T[]>();
  for (const item of items) {
    const parent = item.parentId !== null && ids.has(item.parentId) ? item.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), item]);
  }
  const entries: TreeEntry<T>[] = [];
  const visit = (parent: number | null, depth: number) => {
    for (const item of [...(children.get(parent) ?? [])].sort(compare)) {
      entries.push({ item, depth });
      visit(item.id, depth + 1);
    }
  };
  visit(null, 0);
  return entries;
}

/** The ids of everything below `id` (not `id` itself). */
export function descendantIds<T extends TreeRecord>(items: readonly T[], id: number): Set<number> {
  const found = new Set<number>();
  let frontier = [id];
  while (frontier.length > 0) {
    const next = items.filter((item) => item.parentId !== null && frontier.includes(item.parentId) && !found.has(item.id)).map((item) => item.id);
    next.forEach((child) => found.add(child));
    frontier = next;
  }
  found.delete(id);
  return found;
}

/** `id` and its ancestors, the top first; stops at a missing parent or a cycle. */
export function pathTo<T extends TreeRecord>(byId: ReadonlyMap<number, T>, id: number | null): T[] {
  const path: T[] = [];
  const seen = new Set<number>();
  let current = id === null ? undefined : byId.get(id);
  while (current !== undefined && !seen.has(current.id)) {
    seen.add(current.id);
    path.unshift(current);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return path;
}
