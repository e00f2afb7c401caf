import type { TreeNode } from '../tree/tree-node.js';

/** Locations nest in this order; a level may be skipped (a building directly under a province). */
export const LOCATION_KINDS = ['province', 'city', 'building', 'floor'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

export interface Location extends TreeNode {
  readonly kind: LocationKind;
  readonly name: string;
}
