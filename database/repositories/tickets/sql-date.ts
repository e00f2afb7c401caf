import type { Dialect } from '../../database.js';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * A date as a DATE column holds it. On SQLite that is text in the form Sequelize writes
 * (`2026-01-03 04:30:00.000 +00:00`), so that rows written here and by models compare and sort
 * alike; the other drivers take a Date.
 */
export function toSqlDate(dialect: Dialect, date: Date | null): Date | string | null {
  if (date === null) return null;
  if (dialect !== 'sqlite') return date;
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}.${pad(date.getUTCMilliseconds(), 3)} +00:00`;
}

/** A DATE column's value as a Date (SQLite gives text, PostgreSQL a Date). */
export function fromSqlDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  const date = new Date(String(value));
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a stored date: ${String(value)}`);
  return date;
}

/** An integer id column's value as core's string id. */
export function idText(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** Core's string id as an integer column's value. */
export function idNumber(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new RangeError(`not a database id: ${value}`);
  return number;
}
