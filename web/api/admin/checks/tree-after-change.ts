import type { FieldProblem } from '../../../../core/errors/validation-error.js';
import { findTreeProblems } from '../../../../core/tree/find-tree-problems.js';
import type { TreeNode } from '../../../../core/tree/tree-node.js';
import type { Tx } from '../../../../database/database.js';

/** The id a node being created has in the tree until it is stored. */
export const NEW_NODE_ID = 'new';

export interface TreeRow {
  readonly id: number;
  readonly parentId: number | null;
}

/** Every node of a parent-linked table, with `changed` (a new node when its id is null) in its new place. */
export async function treeAfterChange(tx: Tx, table: string, changed: { readonly id: number | null; readonly parentId: number | null }, extra = ''): Promise<(TreeNode & Record<string, unknown>)[]> {
  const rows = await tx.sql.all<Record<string, unknown>>(`SELECT id, parent_id${extra === '' ? '' : `, ${extra}`} FROM ${table}`);
  const nodes: (TreeNode & Record<string, unknown> & { parentId: string | null })[] = rows.map((row) => ({
    ...row,
    id: String(row.id),
    parentId: row.parent_id === null ? null : String(row.parent_id),
  }));
  const changedId = changed.id === null ? NEW_NODE_ID : String(changed.id);
  const parentId = changed.parentId === null ? null : String(changed.parentId);
  const existing = nodes.find((node) => node.id === changedId);
  if (existing === undefined) nodes.push({ id: changedId, parentId, parent_id: changed.parentId });
  else existing.parentId = parentId;
  return nodes;
}

/**
 * The tree problems a change brings about for the changed node (an unknown parent, a cycle),
 * reported on its `parentId` field: the tree checks of core, run over the whole table as it would be.
 */
export async function treeProblemsAfter(tx: Tx, table: string, changed: { readonly id: number | null; readonly parentId: number | null }): Promise<FieldProblem[]> {
  const nodes = await treeAfterChange(tx, table, changed);
  const index = nodes.findIndex((node) => node.id === (changed.id === null ? NEW_NODE_ID : String(changed.id)));
  const prefix = `nodes[${index}].`;
  return findTreeProblems(nodes, 'nodes')
    .filter((problem) => problem.field.startsWith(prefix))
    .map((problem) => ({ ...problem, field: problem.field.slice(prefix.length) }));
}
