import { ancestorsOf } from '../tree/ancestors-of.js';
import type { Tree } from '../tree/tree-node.js';
import type { Position } from './position.js';

/** Where a position's work escalates: its parent first, up to the top of the chart. */
export function escalationPath(positions: Tree<Position>, positionId: string): Position[] {
  return ancestorsOf(positions, positionId, 'position');
}

/** The position a ticket reaches at escalation `level` (1 is the parent); null above the top of the chart. */
export function escalationTarget(positions: Tree<Position>, positionId: string, level: number): Position | null {
  if (!Number.isInteger(level) || level < 1) throw new RangeError(`escalation levels start at 1, not ${level}`);
  return escalationPath(positions, positionId)[level - 1] ?? null;
}
