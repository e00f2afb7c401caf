import { subtreeOf } from '../../../core/tree/subtree.js';
import { indexTree } from '../../../core/tree/tree-node.js';
import type { SqlExecutor } from '../../database.js';

/** `rootId` and the ids of everything below it in a parent-linked table (categories, locations); empty when it names nothing. */
export async function subtreeIds(read: SqlExecutor, table: 'categories' | 'locations', rootId: number): Promise<number[]> {
  const rows = await read.all<{ id: number; parent_id: number | null }>(`SELECT id, parent_id FROM ${table}`);
  const tree = indexTree(rows.map((row) => ({ id: String(row.id), parentId: row.parent_id === null ? null : String(row.parent_id) })));
  return subtreeOf(tree, String(rootId)).map((node) => Number(node.id));
}
