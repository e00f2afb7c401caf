import { ancestorsOf } from './ancestors-of.js';
import type { Tree, TreeNode } from './tree-node.js';

/** Root first, the node itself last: province › city › building › floor, or a category path. */
export function pathFromRoot<T extends TreeNode>(tree: Tree<T>, id: string, what = 'node'): T[] {
  const ancestors = ancestorsOf(tree, id, what);
  return [...ancestors.reverse(), tree.get(id) as T];
}
