/** A node of any tree the domain keeps by parent links: org units, positions, locations, categories. */
export interface TreeNode {
  readonly id: string;
  /** null at a root. */
  readonly parentId: string | null;
}

/** Nodes by id; walks take this so that each lookup is constant time. */
export type Tree<T extends TreeNode> = ReadonlyMap<string, T>;

export function indexTree<T extends TreeNode>(nodes: Iterable<T>): Map<string, T> {
  const tree = new Map<string, T>();
  for (const node of nodes) tree.set(node.id, node);
  return tree;
}
