import type { Principal } from '../../../core/access/principal.js';
import type { Database, SqlExecutor } from '../../database.js';
import { statusesOf, type StatusGroup } from './status-groups.js';
import { TICKET_SUMMARY_COLUMNS, toTicketSummaryRow, type TicketSummaryRow } from './ticket-summary-row.js';
import { involvedTickets } from './involvement-bitsets.js';
import { ticketIdsBeyondPositions, unionOf, visibleTicketCondition, visibleTicketIds } from './visible-ticket-ids.js';

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

/** FTS5's trigram index answers a MATCH alone for words of three characters or more. */
const MIN_MATCH_LENGTH = 3;
/** Ids per `IN (…)` when the statuses of matches are read. */
const ID_CHUNK = 500;
/** The newest matches read first by a search of someone who does not see every ticket. */
const FIRST_MATCHES = 5_000;

/**
 * Where a search starts, when it cannot use the SQLite path below. PostgreSQL's trigram index
 * serves the LIKE on the column itself; there, and on SQL Server, someone who does not see every
 * ticket starts from those they may see.
 */
function plan(principal: Principal, terms: readonly string[], sqliteFts: boolean): { from: string; conditions: string[]; params: unknown[]; order: string } {
  const likes = terms.map((term) => `%${term}%`);
  const column = sqliteFts ? 's.search_text' : 't.search_text';
  if (sqliteFts) {
    const visible = visibleTicketCondition(principal, 's.rowid');
    return {
      from: 'tickets_search s JOIN tickets t ON t.id = s.rowid',
      conditions: [...terms.map(() => `${column} LIKE ?`), ...(visible === undefined ? [] : [visible.sql])],
      params: [...likes, ...(visible?.params ?? [])],
      order: 's.rowid DESC',
    };
  }
  const visible = visibleTicketIds(principal);
  if (visible !== undefined) {
    return { from: 'tickets t', conditions: [`t.id IN (${visible.sql})`, ...terms.map(() => `${column} LIKE ?`)], params: [...visible.params, ...likes], order: 't.id DESC' };
  }
  return { from: 'tickets t', conditions: terms.map(() => `${column} LIKE ?`), params: likes, order: 't.id DESC' };
}

export async function searchTickets(db: Pick<Database, 'read' | 'catchUpSearchIndex'>, principal: Principal, search: TicketSearch): Promise<TicketSearchResult> {
  const { read } = db;
  if (search.terms.length === 0) return { rows: [], total: 0, totalCapped: false };
  if (read.dialect === 'sqlite') {
    const matched = search.terms.filter((term) => [...term].length >= MIN_MATCH_LENGTH);
    if (matched.length > 0) {
      // The index is written in batches after commit: what was committed before this search is in it.
      await db.catchUpSearchIndex?.();
      return searchSqlite(read, principal, search, matched);
    }
  }
  return searchWith(read, search, plan(principal, search.terms, read.dialect === 'sqlite'));
}

async function searchWith(read: SqlExecutor, search: TicketSearch, { from, conditions, params, order }: ReturnType<typeof plan>): Promise<TicketSearchResult> {
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

/**
 * SQLite, with at least one word long enough for the FTS5 trigram index (`tickets_search`, in the
 * search file the reader attaches: sqlite-search-index.ts) to answer alone: the words are phrases
 * of a MATCH, which the index resolves without reading any ticket (a LIKE on the index reads every
 * candidate's text to check it); shorter words are checked by LIKE on those candidates only.
 *
 * Someone who sees every ticket gets a page newest first that stops at its last match. For anyone
 * else, the matching ids are read newest first (the newest 5 000, then, when the page and the
 * capped count are not known yet, all the others) and kept when the ticket is one they may see
 * (their positions' involvements, as a bitset brought up to date on each search; their own tickets;
 * resolved ones for feedback agents).
 * Checking each match against what they may see in SQL cost over a second at a million tickets for
 * a common word of which they see little: a lookup per match.
 */
async function searchSqlite(read: SqlExecutor, principal: Principal, search: TicketSearch, matched: readonly string[]): Promise<TicketSearchResult> {
  const match = matched.map((term) => `"${term}"`).join(' ');
  const short = search.terms.filter((term) => !matched.includes(term));
  if (visibleTicketIds(principal) === undefined) {
    const shape = plan(principal, short, true);
    return searchWith(read, search, { ...shape, conditions: ['tickets_search MATCH ?', ...shape.conditions], params: [match, ...shape.params] });
  }
  const mayView = await visibilityTest(read, principal);
  const statuses = statusesOf(search.status);
  const wanted = Math.max(search.offset + search.limit, SEARCH_COUNT_CAP + 1);
  const hits: number[] = [];
  const from = `FROM tickets_search s WHERE tickets_search MATCH ?${short.map(() => ' AND s.search_text LIKE ?').join('')} AND s.rowid < ? ORDER BY s.rowid DESC`;
  const params = (before: number) => [match, ...short.map((term) => `%${term}%`), before];
  const keep = async (ids: number[]) => {
    let found = ids.filter(mayView);
    if (statuses !== undefined && found.length > 0) found = await withStatus(read, found, statuses);
    hits.push(...found);
  };
  // The newest matches first: often enough when the searcher sees many of them.
  const first = (await read.all<{ id: number }>(`SELECT s.rowid AS id ${from} LIMIT ${FIRST_MATCHES}`, params(Number.MAX_SAFE_INTEGER))).map((row) => Number(row.id));
  await keep(first);
  if (first.length === FIRST_MATCHES && hits.length < wanted) {
    // Every other match as one text of ids: a row per match costs more than the match.
    const [rest] = await read.all<{ ids: string | null }>(`SELECT group_concat(id, ',') AS ids FROM (SELECT s.rowid AS id ${from}) matches`, params(first[first.length - 1]!));
    const ids = rest?.ids ? rest.ids.split(',').map(Number) : [];
    await keep(ids.every((id, index) => index === 0 || id < ids[index - 1]!) ? ids : ids.sort((a, b) => b - a));
  }
  const page = hits.slice(search.offset, search.offset + search.limit);
  const rows =
    page.length === 0
      ? []
      : await read.all<Record<string, unknown>>(`SELECT ${TICKET_SUMMARY_COLUMNS} FROM tickets t LEFT JOIN priorities p ON p.code = t.priority_code WHERE t.id IN (${page.map(() => '?').join(', ')}) ORDER BY t.id DESC`, page);
  return { rows: rows.map(toTicketSummaryRow), total: Math.min(hits.length, SEARCH_COUNT_CAP), totalCapped: hits.length > SEARCH_COUNT_CAP };
}

/** Whether the principal may see a ticket, by id: the same rule as visibleTicketIds. */
async function visibilityTest(read: SqlExecutor, principal: Principal): Promise<(ticketId: number) => boolean> {
  const involved = principal.visiblePositionIds.length > 0 ? await involvedTickets(read, principal.visiblePositionIds) : () => false;
  const beyond = unionOf(ticketIdsBeyondPositions(principal));
  const others = beyond === undefined ? new Set<number>() : new Set((await read.all<{ id: number }>(beyond.sql, beyond.params)).map((row) => Number(row.id)));
  return (ticketId) => involved(ticketId) || others.has(ticketId);
}

/** The ids (in their order) whose ticket has one of the statuses. */
async function withStatus(read: SqlExecutor, ids: readonly number[], statuses: readonly string[]): Promise<number[]> {
  const kept = new Set<number>();
  for (let start = 0; start < ids.length; start += ID_CHUNK) {
    const chunk = ids.slice(start, start + ID_CHUNK);
    const rows = await read.all<{ id: number }>(`SELECT id FROM tickets WHERE id IN (${chunk.map(() => '?').join(', ')}) AND status IN (${statuses.map(() => '?').join(', ')})`, [...chunk, ...statuses]);
    for (const row of rows) kept.add(Number(row.id));
  }
  return ids.filter((id) => kept.has(id));
}
