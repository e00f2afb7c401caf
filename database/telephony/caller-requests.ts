import type { RequestSummary } from '../../core/telephony/call/request-summary.js';
import { OPEN_STATUSES, type TicketStatus } from '../../core/tickets/ticket-status.js';
import type { SqlExecutor } from '../database.js';
import { toDate, toOptionalDate } from './column-values.js';
import { firstRows } from './first-rows.js';

/** Whose requests: the identified person's, or those registered with the caller's number. */
export interface RequesterKey {
  readonly personId: number | null;
  /** E.164. */
  readonly phone: string | null;
}

interface Row {
  tracking_code: string;
  status: string;
  registered_at: unknown;
  resolution_due_at: unknown;
  requester_person_id: number | null;
  requester_phone: string | null;
}

const toSummary = (row: Row): RequestSummary => ({
  trackingCode: row.tracking_code,
  status: row.status as TicketStatus,
  registeredAt: toDate(row.registered_at),
  resolutionDueAt: toOptionalDate(row.resolution_due_at),
});

function requesterClause(key: RequesterKey): { where: string; params: unknown[] } | undefined {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (key.personId !== null) {
    parts.push('requester_person_id = ?');
    params.push(key.personId);
  }
  if (key.phone !== null) {
    parts.push('requester_phone = ?');
    params.push(key.phone);
  }
  return parts.length === 0 ? undefined : { where: `(${parts.join(' OR ')})`, params };
}

/** The requester's open requests, newest first. */
export async function openRequestsOf(sql: SqlExecutor, key: RequesterKey, limit = 20): Promise<RequestSummary[]> {
  const requester = requesterClause(key);
  if (requester === undefined) return [];
  const rows = await sql.all<Row>(
    `SELECT tracking_code, status, registered_at, resolution_due_at, requester_person_id, requester_phone FROM tickets
     WHERE ${requester.where} AND status IN (${OPEN_STATUSES.map(() => '?').join(', ')}) ORDER BY registered_at DESC ${firstRows(sql.dialect, limit)}`,
    [...requester.params, ...OPEN_STATUSES],
  );
  return rows.map(toSummary);
}

/** The request with this code if it is the requester's; someone else's code finds nothing. */
export async function requestOf(sql: SqlExecutor, key: RequesterKey, trackingCode: string): Promise<RequestSummary | null> {
  const [row] = await sql.all<Row>(
    'SELECT tracking_code, status, registered_at, resolution_due_at, requester_person_id, requester_phone FROM tickets WHERE tracking_code = ?',
    [trackingCode],
  );
  if (row === undefined) return null;
  const mine = (key.personId !== null && Number(row.requester_person_id) === key.personId) || (key.phone !== null && row.requester_phone === key.phone);
  return mine ? toSummary(row) : null;
}
