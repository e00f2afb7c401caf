import { isInSubtree } from '../tree/subtree.js';
import type { Tree } from '../tree/tree-node.js';
import type { Position } from './position.js';

/** Whether someone holding `heldPositionIds` oversees `positionId`: it is one of theirs or below one of theirs. */
export function canOversee(positions: Tree<Position>, heldPositionIds: readonly string[], positionId: string): boolean {
  return heldPositionIds.some((held) => isInSubtree(positions, held, positionId));
}
