import type { Dialect } from '../database.js';

/** The clause after `ORDER BY` that keeps the first `count` rows: SQLite's LIMIT or the standard FETCH. */
export function firstRows(dialect: Dialect, count: number): string {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`cannot keep ${count} rows`);
  return dialect === 'sqlite' ? `LIMIT ${count}` : `OFFSET 0 ROWS FETCH NEXT ${count} ROWS ONLY`;
}
