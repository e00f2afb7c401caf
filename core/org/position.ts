import type { TreeNode } from '../tree/tree-node.js';

/**
 * A post in the organization (head of network support, message-center operator). Work is assigned
 * to positions, not people, so it survives a person leaving. The parent is the post this one reports
 * to, which is also where its tickets escalate.
 */
export interface Position extends TreeNode {
  readonly title: string;
  readonly unitId: string;
}
