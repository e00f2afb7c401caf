import type { FieldProblem } from '../../../../core/errors/validation-error.js';
import type { Tx } from '../../../../database/database.js';

/** A problem on `field` when `id` names no row of `table` (nothing when `id` is null). */
export async function missingReference(tx: Tx, table: string, id: number | null, field: string): Promise<FieldProblem[]> {
  if (id === null) return [];
  const rows = await tx.sql.all(`SELECT id FROM ${table} WHERE id = ?`, [id]);
  return rows.length === 0 ? [{ field, messageKey: 'input.notFound', params: { id } }] : [];
}

/** A problem per id of `ids` that names no row of `table`, on `field[index]`. */
export async function missingReferences(tx: Tx, table: string, ids: readonly number[], field: string): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  for (const [index, id] of ids.entries()) problems.push(...(await missingReference(tx, table, id, `${field}[${index}]`)));
  return problems;
}
