import type { SqlExecutor } from '../database.js';

/** Inserts one row and returns its generated `id`, in each dialect's own way. */
export async function insertRow(sql: SqlExecutor, table: string, row: Readonly<Record<string, unknown>>): Promise<number> {
  const columns = Object.keys(row);
  const placeholders = columns.map(() => '?').join(', ');
  const values = Object.values(row);
  const statement =
    sql.dialect === 'mssql'
      ? `INSERT INTO ${table} (${columns.join(', ')}) OUTPUT INSERTED.id VALUES (${placeholders})`
      : `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders}) RETURNING id`;
  const [inserted] = await sql.all<{ id: number | string }>(statement, values);
  if (inserted === undefined) throw new Error(`inserting into ${table} returned no id`);
  return Number(inserted.id);
}

/** `UPDATE table SET a = ?, b = ? WHERE id = ?` for the given columns. */
export async function updateRow(sql: SqlExecutor, table: string, id: number, changes: Readonly<Record<string, unknown>>): Promise<void> {
  const columns = Object.keys(changes);
  if (columns.length === 0) return;
  await sql.all(`UPDATE ${table} SET ${columns.map((column) => `${column} = ?`).join(', ')} WHERE id = ?`, [...Object.values(changes), id]);
}
