import type { FieldProblem } from '../../../../core/errors/validation-error.js';
import type { Tx } from '../../../../database/database.js';

/** A problem on `field` when another row of `table` (not `exceptId`) already has `value` in `column`. */
export async function takenValue(tx: Tx, table: string, column: string, value: string | null, exceptId: number | null, field: string): Promise<FieldProblem[]> {
  if (value === null) return [];
  const rows = await tx.sql.all<{ id: number }>(`SELECT id FROM ${table} WHERE ${column} = ?`, [value]);
  return rows.some((row) => Number(row.id) !== exceptId) ? [{ field, messageKey: 'input.taken', params: { value } }] : [];
}
