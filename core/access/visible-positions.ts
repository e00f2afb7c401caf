import { subtreeOf } from '../tree/subtree.js';
import type { Tree, TreeNode } from '../tree/tree-node.js';

/**
 * The positions whose cartables someone may see: the ones they hold and, for a supervisor, every
 * position below those in the chart (the whole subtree, not only the direct reports).
 */
export function visiblePositions(positions: Tree<TreeNode>, heldPositionIds: readonly string[], supervisor: boolean): string[] {
  if (!supervisor) return [...new Set(heldPositionIds)];
  const visible = new Set<string>();
  for (const held of heldPositionIds) {
    visible.add(held);
    for (const below of subtreeOf(positions, held)) visible.add(below.id);
  }
  return [...visible];
}
