import { NotFoundError } from '../errors/not-found-error.js';
import type { Tree, TreeNode } from './tree-node.js';

/**
 * The ancestors of a node, parent first and root last; the node itself is not included. A parent id
 * that is not in the tree ends the walk there, as at a root (`findTreeProblems` reports it).
 * A cycle is corrupt data and throws.
 */
export function ancestorsOf<T extends TreeNode>(tree: Tree<T>, id: string, what = 'node'): T[] {
  const node = tree.get(id);
  if (node === undefined) throw new NotFoundError(what, id);
  const ancestors: T[] = [];
  const seen = new Set([id]);
  for (let parentId = node.parentId; parentId !== null; ) {
    if (seen.has(parentId)) throw new Error(`the ${what} tree has a cycle through ${parentId}`);
    seen.add(parentId);
    const parent = tree.get(parentId);
    if (parent === undefined) break;
    ancestors.push(parent);
    parentId = parent.parentId;
  }
  return ancestors;
}
