import { ancestorsOf } from './ancestors-of.js';
import type { Tree, TreeNode } from './tree-node.js';

/** Whether `id` is `rootId` or below it. */
export function isInSubtree<T extends TreeNode>(tree: Tree<T>, rootId: string, id: string): boolean {
  if (!tree.has(id)) return false;
  return id === rootId || ancestorsOf(tree, id).some((ancestor) => ancestor.id === rootId);
}

/** `rootId` and every node below it, parents before their children. */
export function subtreeOf<T extends TreeNode>(tree: Tree<T>, rootId: string): T[] {
  const root = tree.get(rootId);
  if (root === undefined) return [];
  const children = new Map<string, T[]>();
  for (const node of tree.values()) {
    if (node.parentId === null) continue;
    const siblings = children.get(node.parentId) ?? [];
    siblings.push(node);
    children.set(node.parentId, siblings);
  }
  const found: T[] = [];
  const seen = new Set<string>();
  const queue = [root];
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    if (seen.has(node.id)) continue;
    seen.add(node.id);
    found.push(node);
    queue.push(...(children.get(node.id) ?? []));
  }
  return found;
}
