import type { Dialect } from './database.js';

/**
 * Writes a value as an SQL literal for batches sent in one round trip.
 * Strings are quoted by doubling single quotes, which every supported dialect reads literally
 * (PostgreSQL runs with standard_conforming_strings, its default since 9.1).
 */
export function sqlLiteral(dialect: Dialect, value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`cannot store the number ${value}`);
    return String(value);
  }
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') {
    if (dialect === 'postgres') return value ? 'TRUE' : 'FALSE';
    return value ? '1' : '0';
  }
  if (typeof value === 'string') {
    if (value.includes('\u0000')) throw new RangeError('text values cannot contain the NUL character');
    const quoted = `'${value.replaceAll("'", "''")}'`;
    return dialect === 'mssql' ? `N${quoted}` : quoted;
  }
  throw new TypeError(`cannot write a ${typeof value} as an SQL literal`);
}
