import type { Database } from '../../database.js';
import { fromSqlDate } from '../tickets/sql-date.js';

/** A login session with the facts of its user that authentication needs. */
export interface SessionWithUser {
  readonly userId: number;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly lastSeenAt: Date;
  readonly user: { readonly id: number; readonly personId: number | null; readonly language: string; readonly active: boolean };
}

interface Row {
  user_id: number | string;
  created_at: unknown;
  expires_at: unknown;
  last_seen_at: unknown;
  person_id: number | string | null;
  language: string;
  active: unknown;
}

/**
 * The session with this id (the hash of its token) and its user, in one plain read on every
 * authenticated request; undefined when there is no such session or its user no longer exists.
 */
export async function loadSessionWithUser(db: Database, sessionId: string): Promise<SessionWithUser | undefined> {
  const [row] = await db.read.all<Row>(
    'SELECT s.user_id, s.created_at, s.expires_at, s.last_seen_at, u.person_id, u.language, u.active FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ?',
    [sessionId],
  );
  if (row === undefined) return undefined;
  const userId = Number(row.user_id);
  return {
    userId,
    createdAt: fromSqlDate(row.created_at)!,
    expiresAt: fromSqlDate(row.expires_at)!,
    lastSeenAt: fromSqlDate(row.last_seen_at)!,
    user: {
      id: userId,
      personId: row.person_id === null ? null : Number(row.person_id),
      language: row.language,
      // 0/1 from SQLite and SQL Server, true/false from PostgreSQL.
      active: row.active === true || row.active === 1 || row.active === '1' || row.active === 't',
    },
  };
}
