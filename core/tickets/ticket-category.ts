import type { TreeNode } from '../tree/tree-node.js';
import type { RequestType } from './request-type.js';

/**
 * What a ticket is about (IT › Network › VPN); categories form a tree. Routing rules and SLA targets
 * apply to a category and everything below it, so both take the ticket's category path
 * (`pathFromRoot`), root first.
 */
export interface TicketCategory extends TreeNode {
  readonly name: string;
  /** Request types offered under this category in the portal; empty means all. */
  readonly requestTypes: readonly RequestType[];
  readonly active: boolean;
}
