import type { SqlExecutor } from '../database.js';
import { toDate } from './column-values.js';

export type PresenceStatus = 'loggedOut' | 'available' | 'paused';

export interface OperatorPresence {
  readonly userId: number;
  /** The ARI endpoint of the operator's phone, `PJSIP/1001`. */
  readonly endpoint: string;
  readonly queueIds: readonly string[];
  readonly status: PresenceStatus;
  readonly reason: string | null;
  readonly since: Date;
}

interface Row {
  user_id: number;
  endpoint: string;
  queue_ids: string;
  status: string;
  reason: string | null;
  since: unknown;
}

function fromRow(row: Row): OperatorPresence {
  return {
    userId: Number(row.user_id),
    endpoint: row.endpoint,
    queueIds: JSON.parse(row.queue_ids) as string[],
    status: row.status as PresenceStatus,
    reason: row.reason,
    since: toDate(row.since),
  };
}

const columns = 'user_id, endpoint, queue_ids, status, reason, since';

export async function getOperatorPresence(sql: SqlExecutor, userId: number): Promise<OperatorPresence | undefined> {
  const [row] = await sql.all<Row>(`SELECT ${columns} FROM operator_presence WHERE user_id = ?`, [userId]);
  return row === undefined ? undefined : fromRow(row);
}

/** Operators logged in (available or paused). */
export async function listLoggedInOperators(sql: SqlExecutor): Promise<OperatorPresence[]> {
  const rows = await sql.all<Row>(`SELECT ${columns} FROM operator_presence WHERE status <> ?`, ['loggedOut']);
  return rows.map(fromRow);
}

export async function saveOperatorPresence(sql: SqlExecutor, presence: OperatorPresence, at: Date): Promise<void> {
  const values = [presence.endpoint, JSON.stringify(presence.queueIds), presence.status, presence.reason, presence.since, at];
  const existing = await sql.all('SELECT user_id FROM operator_presence WHERE user_id = ?', [presence.userId]);
  if (existing.length > 0) {
    await sql.all('UPDATE operator_presence SET endpoint = ?, queue_ids = ?, status = ?, reason = ?, since = ?, updated_at = ? WHERE user_id = ?', [...values, presence.userId]);
  } else {
    await sql.all('INSERT INTO operator_presence (endpoint, queue_ids, status, reason, since, updated_at, user_id) VALUES (?, ?, ?, ?, ?, ?, ?)', [...values, presence.userId]);
  }
}
