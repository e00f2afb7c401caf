/** Escapes `%`, `_` and `\` for a LIKE pattern used with `ESCAPE '\'` (SQLite, PostgreSQL and SQL Server all accept it). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
