import type { SqlExecutor } from '../../database.js';
import { statusesOf, type StatusGroup } from './status-groups.js';
import { TICKET_SUMMARY_COLUMNS, toTicketSummaryRow, type TicketSummaryRow } from './ticket-summary-row.js';

/** A requester's own tickets in a status group, newest first, with the count of each group. */
export async function listRequesterTickets(
  read: SqlExecutor,
  request: { personId: number; status: StatusGroup; limit: number; offset: number },
): Promise<{ rows: TicketSummaryRow[]; total: number; counts: Record<Exclude<StatusGroup, 'all'>, number> }> {
  const statuses = statusesOf(request.status);
  const filter = statuses === undefined ? '' : ` AND t.status IN (${statuses.map(() => '?').join(', ')})`;
  const params = [request.personId, ...(statuses ?? [])];
  const [rows, byStatus] = await Promise.all([
    read.all<Record<string, unknown>>(
      `SELECT ${TICKET_SUMMARY_COLUMNS} FROM tickets t LEFT JOIN priorities p ON p.code = t.priority_code WHERE t.requester_person_id = ?${filter} ORDER BY t.registered_at DESC, t.id DESC LIMIT ? OFFSET ?`,
      [...params, request.limit, request.offset],
    ),
    read.all<{ status: string; n: number | string }>('SELECT t.status, COUNT(*) AS n FROM tickets t WHERE t.requester_person_id = ? GROUP BY t.status', [request.personId]),
  ]);
  const counts = { open: 0, resolved: 0, closed: 0 };
  for (const row of byStatus) {
    const group = row.status === 'resolved' ? 'resolved' : row.status === 'closed' ? 'closed' : 'open';
    counts[group] += Number(row.n);
  }
  const total = statuses === undefined ? counts.open + counts.resolved + counts.closed : counts[request.status as Exclude<StatusGroup, 'all'>];
  return { rows: rows.map(toTicketSummaryRow), total, counts };
}
