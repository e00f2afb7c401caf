import type { SqlExecutor } from '../../database.js';
import { fromSqlDate, toSqlDate } from '../tickets/sql-date.js';
import type { ReportFilter } from './report-filter.js';
import type { TicketFact } from './ticket-fact.js';
import { ticketScopeCondition } from './ticket-scope-condition.js';

type Row = Record<string, unknown>;

const COLUMNS =
  't.id, t.tracking_code, t.subject, t.channel, t.request_type, t.priority_code, t.category_id, t.requester_name, p.unit_id, t.contractor_id, t.status,' +
  ' t.escalation_level, t.registered_by_user_id, t.call_id, t.registered_at, t.first_response_at, t.resolved_at, t.closed_at, t.close_reason, t.response_due_at, t.resolution_due_at';

const optionalId = (value: unknown) => (value === null || value === undefined ? null : Number(value));

function factOf(row: Row): TicketFact {
  return {
    id: Number(row.id),
    trackingCode: String(row.tracking_code),
    subject: String(row.subject),
    channel: String(row.channel),
    requestType: String(row.request_type),
    priorityCode: String(row.priority_code),
    categoryId: optionalId(row.category_id),
    requesterName: row.requester_name === null || row.requester_name === undefined ? null : String(row.requester_name),
    unitId: optionalId(row.unit_id),
    contractorId: optionalId(row.contractor_id),
    status: String(row.status),
    escalationLevel: Number(row.escalation_level ?? 0),
    registeredByUserId: optionalId(row.registered_by_user_id),
    callId: optionalId(row.call_id),
    registeredAt: fromSqlDate(row.registered_at)!,
    firstResponseAt: fromSqlDate(row.first_response_at),
    resolvedAt: fromSqlDate(row.resolved_at),
    closedAt: fromSqlDate(row.closed_at),
    closeReason: row.close_reason === null || row.close_reason === undefined ? null : String(row.close_reason),
    responseDueAt: fromSqlDate(row.response_due_at),
    resolutionDueAt: fromSqlDate(row.resolution_due_at),
  };
}

/**
 * The tickets in the filter's scope whose given instants fall in `[from, to)`: registered in the
 * range (the default), or registered, resolved or closed in it (a day's activity). Oldest first.
 * `limit` keeps the first rows only.
 */
export async function loadTicketFacts(read: SqlExecutor, filter: ReportFilter, options: { readonly basis?: 'registered' | 'activity'; readonly limit?: number } = {}): Promise<TicketFact[]> {
  const scope = ticketScopeCondition(filter);
  const range = [toSqlDate(read.dialect, filter.from), toSqlDate(read.dialect, filter.to)];
  const columns = options.basis === 'activity' ? ['t.registered_at', 't.resolved_at', 't.closed_at'] : ['t.registered_at'];
  const when = columns.map((column) => `(${column} >= ? AND ${column} < ?)`).join(' OR ');
  const limit = options.limit === undefined ? '' : read.dialect === 'mssql' ? ` OFFSET 0 ROWS FETCH NEXT ${Math.floor(options.limit)} ROWS ONLY` : ` LIMIT ${Math.floor(options.limit)}`;
  const rows = await read.all<Row>(
    `SELECT ${COLUMNS} FROM tickets t LEFT JOIN people p ON p.id = t.requester_person_id WHERE (${when}) AND ${scope.sql} ORDER BY t.registered_at, t.id${limit}`,
    [...columns.flatMap(() => range), ...scope.params],
  );
  return rows.map(factOf);
}
