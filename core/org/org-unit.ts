import type { TreeNode } from '../tree/tree-node.js';

/** A department or office of the organization; units form a tree. */
export interface OrgUnit extends TreeNode {
  readonly name: string;
}
