import type { IvrDefinition } from '../../core/telephony/ivr/ivr-definition.js';
import type { SqlExecutor } from '../database.js';
import { toBoolean, toDate, toOptionalDate } from './column-values.js';

export interface IvrVersion {
  readonly version: number;
  readonly definition: IvrDefinition;
  readonly comment: string | null;
  readonly createdByUserId: number | null;
  readonly createdAt: Date;
  readonly activatedAt: Date | null;
  readonly active: boolean;
}

interface Row {
  version: number;
  definition: string;
  comment: string | null;
  created_by_user_id: number | null;
  created_at: unknown;
  activated_at: unknown;
  active: unknown;
}

function fromRow(row: Row): IvrVersion {
  return {
    version: Number(row.version),
    definition: JSON.parse(row.definition) as IvrDefinition,
    comment: row.comment,
    createdByUserId: row.created_by_user_id,
    createdAt: toDate(row.created_at),
    activatedAt: toOptionalDate(row.activated_at),
    active: toBoolean(row.active),
  };
}

const columns = 'version, definition, comment, created_by_user_id, created_at, activated_at, active';

/** The IVR definition in force, or undefined before the first one is stored. */
export async function activeIvrVersion(sql: SqlExecutor): Promise<IvrVersion | undefined> {
  const [row] = await sql.all<Row>(`SELECT ${columns} FROM ivr_definitions WHERE active = ?`, [true]);
  return row === undefined ? undefined : fromRow(row);
}

/** Every version, newest first. */
export async function listIvrVersions(sql: SqlExecutor): Promise<IvrVersion[]> {
  const rows = await sql.all<Row>(`SELECT ${columns} FROM ivr_definitions ORDER BY version DESC`);
  return rows.map(fromRow);
}

export async function getIvrVersion(sql: SqlExecutor, version: number): Promise<IvrVersion | undefined> {
  const [row] = await sql.all<Row>(`SELECT ${columns} FROM ivr_definitions WHERE version = ?`, [version]);
  return row === undefined ? undefined : fromRow(row);
}

/** Stores a new version (the next number), inactive; the definition must have been validated. */
export async function createIvrVersion(sql: SqlExecutor, input: { definition: IvrDefinition; comment: string | null; createdByUserId: number | null; at: Date }): Promise<number> {
  const [latest] = await sql.all<{ version: number | null }>('SELECT MAX(version) AS version FROM ivr_definitions');
  const version = Number(latest?.version ?? 0) + 1;
  await sql.all('INSERT INTO ivr_definitions (version, definition, comment, created_by_user_id, created_at, active) VALUES (?, ?, ?, ?, ?, ?)', [
    version,
    JSON.stringify(input.definition),
    input.comment,
    input.createdByUserId,
    input.at,
    false,
  ]);
  return version;
}

/** Makes the version the one in force; the previous one stays stored. */
export async function activateIvrVersion(sql: SqlExecutor, version: number, at: Date): Promise<void> {
  await sql.all('UPDATE ivr_definitions SET active = ? WHERE active = ? AND version <> ?', [false, true, version]);
  await sql.all('UPDATE ivr_definitions SET active = ?, activated_at = ? WHERE version = ?', [true, at, version]);
}
