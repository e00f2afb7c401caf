import type { Principal } from '../../../core/access/principal.js';
import type { SqlExecutor } from '../../database.js';
import { ticketVisibilityFilter } from '../tickets/ticket-visibility-filter.js';
import { statusesOf, type StatusGroup } from './status-groups.js';
import { TICKET_SUMMARY_COLUMNS, toTicketSummaryRow, type TicketSummaryRow } from './ticket-summary-row.js';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

export interface TicketSearch {
  /** Already normalized with core's `searchTerms`: every term must occur in `search_text`. */
  readonly terms: readonly string[];
  readonly status: StatusGroup;
  readonly limit: number;
  readonly offset: number;
}

/**
 * Tickets whose normalized search text holds every term, among those the principal may see (the
 * SQL form of core's canViewTicket), newest first.
 */
export async function searchTickets(read: SqlExecutor, principal: Principal, search: TicketSearch): Promise<{ rows: TicketSummaryRow[]; total: number }> {
  const visible = ticketVisibilityFilter(principal, 't');
  const conditions = [visible.sql, ...search.terms.map(() => "t.search_text LIKE ? ESCAPE '\\'")];
  const params: unknown[] = [...visible.params, ...search.terms.map((term) => `%${escapeLike(term)}%`)];
  const statuses = statusesOf(search.status);
  if (statuses !== undefined) {
    conditions.push(`t.status IN (${statuses.map(() => '?').join(', ')})`);
    params.push(...statuses);
  }
  const where = ` WHERE ${conditions.join(' AND ')}`;
  const [rows, totals] = await Promise.all([
    read.all<Record<string, unknown>>(
      `SELECT ${TICKET_SUMMARY_COLUMNS} FROM tickets t LEFT JOIN priorities p ON p.code = t.priority_code${where} ORDER BY t.registered_at DESC, t.id DESC LIMIT ? OFFSET ?`,
      [...params, search.limit, search.offset],
    ),
    read.all<{ n: number | string }>(`SELECT COUNT(*) AS n FROM tickets t${where}`, params),
  ]);
  return { rows: rows.map(toTicketSummaryRow), total: Number(totals[0]?.n ?? 0) };
}
