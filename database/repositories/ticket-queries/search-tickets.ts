import type { Principal } from '../../../core/access/principal.js';
import type { SqlExecutor } from '../../database.js';
import { statusesOf, type StatusGroup } from './status-groups.js';
import { TICKET_SUMMARY_COLUMNS, toTicketSummaryRow, type TicketSummaryRow } from './ticket-summary-row.js';
import { visibleTicketCondition, visibleTicketIds } from './visible-ticket-ids.js';

/** Matches are counted up to this many; beyond it a search says "more than". */
export const SEARCH_COUNT_CAP = 1000;

export interface TicketSearch {
  /**
   * Words as core's `searchTerms` gives them: normalized, letters, marks and digits only (so no
   * LIKE wildcard can be among them); every one must occur in `search_text`.
   */
  readonly terms: readonly string[];
  readonly status: StatusGroup;
  readonly limit: number;
  readonly offset: number;
}

export interface TicketSearchResult {
  readonly rows: TicketSummaryRow[];
  /** Up to SEARCH_COUNT_CAP. */
  readonly total: number;
  readonly totalCapped: boolean;
}

/**
 * Where a search starts. On SQLite, the FTS5 trigram index (`tickets_search`, migration
 * 20261123-50) drives every search newest first, so that a page stops at its last match instead of
 * sorting every match; for someone who does not see every ticket, each match is then checked
 * against what they may see (their positions' involvements by the (ticket, position) key, their own
 * tickets, resolved ones for feedback agents). Starting from what they may see instead means
 * matching the text of every ticket their positions ever held: hundreds of thousands of rows for a
 * busy desk, seconds per search. PostgreSQL's trigram index serves the LIKE on the column itself;
 * there, and on SQL Server, someone who does not see every ticket starts from those they may see.
 */
function plan(read: SqlExecutor, principal: Principal, terms: readonly string[]): { from: string; conditions: string[]; params: unknown[]; order: string } {
  const likes = terms.map((term) => `%${term}%`);
  if (read.dialect === 'sqlite') {
    const visible = visibleTicketCondition(principal, 's.rowid');
    return {
      from: 'tickets_search s JOIN tickets t ON t.id = s.rowid',
      conditions: [...terms.map(() => 's.search_text LIKE ?'), ...(visible === undefined ? [] : [visible.sql])],
      params: [...likes, ...(visible?.params ?? [])],
      order: 's.rowid DESC',
    };
  }
  const visible = visibleTicketIds(principal);
  if (visible !== undefined) {
    return { from: 'tickets t', conditions: [`t.id IN (${visible.sql})`, ...terms.map(() => 't.search_text LIKE ?')], params: [...visible.params, ...likes], order: 't.id DESC' };
  }
  return { from: 'tickets t', conditions: terms.map(() => 't.search_text LIKE ?'), params: likes, order: 't.id DESC' };
}

export async function searchTickets(read: SqlExecutor, principal: Principal, search: TicketSearch): Promise<TicketSearchResult> {
  if (search.terms.length === 0) return { rows: [], total: 0, totalCapped: false };
  const { from, conditions, params, order } = plan(read, principal, search.terms);
  const statuses = statusesOf(search.status);
  if (statuses !== undefined) {
    conditions.push(`t.status IN (${statuses.map(() => '?').join(', ')})`);
    params.push(...statuses);
  }
  const where = ` WHERE ${conditions.join(' AND ')}`;
  const [rows, counted] = await Promise.all([
    read.all<Record<string, unknown>>(
      `SELECT ${TICKET_SUMMARY_COLUMNS} FROM ${from} LEFT JOIN priorities p ON p.code = t.priority_code${where} ORDER BY ${order} LIMIT ? OFFSET ?`,
      [...params, search.limit, search.offset],
    ),
    read.all<{ n: number | string }>(`SELECT COUNT(*) AS n FROM (SELECT 1 AS found FROM ${from}${where} LIMIT ${SEARCH_COUNT_CAP + 1}) matches`, params),
  ]);
  const total = Number(counted[0]?.n ?? 0);
  return { rows: rows.map(toTicketSummaryRow), total: Math.min(total, SEARCH_COUNT_CAP), totalCapped: total > SEARCH_COUNT_CAP };
}
