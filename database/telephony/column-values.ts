/** Reads a timestamp column: SQLite returns text, PostgreSQL and SQL Server a Date. */
export function toDate(value: unknown): Date {
  const date = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(date.getTime())) throw new TypeError(`not a timestamp: ${String(value)}`);
  return date;
}

export function toOptionalDate(value: unknown): Date | null {
  return value === null || value === undefined ? null : toDate(value);
}

/** Reads a boolean column: 0/1 from SQLite and SQL Server, true/false from PostgreSQL. */
export function toBoolean(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 't';
}

/** Reads a number column; PostgreSQL returns counts and sums of big integers as text. */
export function toNumber(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}

export function toOptionalNumber(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}
