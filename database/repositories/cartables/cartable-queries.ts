import type { SqlExecutor } from '../../database.js';
import { fromSqlDate, toSqlDate } from '../tickets/sql-date.js';
import { CARTABLE_TABS, cartableTabCondition, OPEN_UNPOSTPONED, TAB_STATUSES, type CartableTabName, type SqlCondition } from './cartable-tabs.js';

export interface CartableFilter {
  /** A category and everything below it, already expanded; undefined for any. */
  readonly categoryIds?: readonly number[];
  readonly locationIds?: readonly number[];
}

export type CartableSortKey = 'priority' | 'registeredAt' | 'updatedAt' | 'dueAt';

export interface CartableRow {
  readonly id: number;
  readonly trackingCode: string;
  readonly subject: string;
  readonly status: string;
  readonly requestType: string;
  readonly channel: string;
  readonly priorityCode: string;
  readonly priority: { readonly nameFa: string; readonly nameEn: string; readonly color: string; readonly rank: number } | null;
  readonly categoryId: number | null;
  readonly locationId: number | null;
  readonly requesterName: string | null;
  readonly registeredAt: Date;
  readonly updatedAt: Date;
  readonly assignedAt: Date;
  readonly responseDueAt: Date | null;
  readonly resolutionDueAt: Date | null;
  readonly postponedUntil: Date | null;
  readonly escalationLevel: number;
  readonly overdue: boolean;
}

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');
/** The assignment columns a page is chosen and ordered by (SQLite keeps them in both cartable indexes). */
const PAGE_COLUMNS = 'ticket_id, status, category_id, location_id, priority_code, registered_at, resolution_due_at';

/**
 * The overdue rows as two disjoint parts, on a table named `alias` (`t.` or none): the open rows
 * past their resolution deadline (a range of the cartable index after position and status), and
 * the open rows past an unanswered response deadline but not past their resolution deadline (a
 * range of the partial index ticket_assignments_unanswered, migration 20261123-70, whose rows are
 * the unanswered ones). Together they are the overdue tab's condition (cartable-tabs.ts).
 */
function overdueParts(alias: string, at: unknown): readonly [SqlCondition, SqlCondition] {
  const open = `${alias}status IN (${placeholders(OPEN_UNPOSTPONED)})`;
  const resolutionLate = `${alias}resolution_due_at IS NOT NULL AND ${alias}resolution_due_at < ?`;
  return [
    { sql: `${open} AND ${resolutionLate}`, params: [...OPEN_UNPOSTPONED, at] },
    { sql: `${open} AND ${alias}first_response_at IS NULL AND ${alias}response_due_at IS NOT NULL AND ${alias}response_due_at < ? AND NOT (${resolutionLate})`, params: [...OPEN_UNPOSTPONED, at, at] },
  ];
}

/**
 * SQLite: the overdue rows of one position as its two parts' index ranges, read from the indexes
 * alone, so that the overdue tab does not test and look up every row of a busy cartable (50 ms
 * for 20 000 rows).
 */
function overdueRowsSqlite(positionId: number, at: unknown): SqlCondition {
  const [resolution, response] = overdueParts('', at);
  return {
    sql:
      `SELECT ${PAGE_COLUMNS} FROM ticket_assignments INDEXED BY ticket_assignments_cartable_page WHERE position_id = ? AND ${resolution.sql}` +
      ` UNION ALL SELECT ${PAGE_COLUMNS} FROM ticket_assignments INDEXED BY ticket_assignments_unanswered WHERE position_id = ? AND ${response.sql}`,
    params: [positionId, ...resolution.params, positionId, ...response.params],
  };
}

function filterCondition(filter: CartableFilter): SqlCondition {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const [column, ids] of [['t.category_id', filter.categoryIds], ['t.location_id', filter.locationIds]] as const) {
    if (ids === undefined) continue;
    // An empty expansion (an id that names nothing) matches nothing rather than everything.
    parts.push(ids.length === 0 ? '1 = 0' : `${column} IN (${placeholders(ids)})`);
    params.push(...ids);
  }
  return { sql: parts.length === 0 ? '1 = 1' : parts.join(' AND '), params };
}

/**
 * Each tab's count for each position, with the filters; positions without tickets are left out.
 *
 * Three index-served counts per (position, status) instead of naming each row's tab: all rows; the
 * open rows past their resolution deadline (a range of the cartable index after position and
 * status); the open rows past an unanswered response deadline but not past their resolution
 * deadline (a range of the unanswered index, migration 20261123-70). A tab is then a sum of
 * statuses less their late rows, which are the overdue tab: the same partition as the tabs'
 * conditions (cartable-tabs.ts), without evaluating every condition on every row of a busy
 * cartable (30 ms for 15 000 rows).
 */
export async function countCartables(read: SqlExecutor, positionIds: readonly number[], filter: CartableFilter, now: Date): Promise<Map<number, Record<CartableTabName, number>>> {
  const counts = new Map<number, Record<CartableTabName, number>>();
  if (positionIds.length === 0) return counts;
  const where = filterCondition(filter);
  const at = toSqlDate(read.dialect, now);
  // SQLite keeps the ticket's cartable columns in its assignment rows (migration 20261123-60): no join.
  const from = read.dialect === 'sqlite' ? 'ticket_assignments t' : 'ticket_assignments ta JOIN tickets t ON t.id = ta.ticket_id';
  const position = read.dialect === 'sqlite' ? 't.position_id' : 'ta.position_id';
  const [resolution, response] = overdueParts('t.', at);
  const count = (condition: string, params: readonly unknown[], table = from) =>
    read.all<{ position_id: number | string; status: string; n: number | string }>(
      `SELECT ${position} AS position_id, t.status AS status, COUNT(*) AS n FROM ${table} WHERE ${position} IN (${placeholders(positionIds)}) AND ${where.sql} AND ${condition} GROUP BY ${position}, t.status`,
      [...positionIds, ...where.params, ...params],
    );
  const [all, lateResolution, lateResponse] = await Promise.all([
    count('1 = 1', []),
    count(resolution.sql, resolution.params),
    // Named on SQLite: without statistics its planner would scan the cartable index instead.
    count(response.sql, response.params, read.dialect === 'sqlite' ? 'ticket_assignments t INDEXED BY ticket_assignments_unanswered' : from),
  ]);
  const tallyOf = (positionId: number) => {
    let tally = counts.get(positionId);
    if (!tally) counts.set(positionId, (tally = Object.fromEntries(CARTABLE_TABS.map((tab) => [tab, 0])) as Record<CartableTabName, number>));
    return tally;
  };
  const tabOf = (status: string) => (Object.keys(TAB_STATUSES) as Array<keyof typeof TAB_STATUSES>).find((tab) => (TAB_STATUSES[tab] as readonly string[]).includes(status));
  for (const row of all) {
    const tally = tallyOf(Number(row.position_id));
    const tab = tabOf(row.status);
    if (tab) tally[tab] += Number(row.n);
  }
  for (const row of [...lateResolution, ...lateResponse]) {
    const tally = tallyOf(Number(row.position_id));
    tally.overdue += Number(row.n);
    const tab = tabOf(row.status);
    if (tab) tally[tab] -= Number(row.n);
  }
  return counts;
}

/** Nulls last in every dialect, then the column, then the id so that pages never overlap. */
function orderBy(sort: CartableSortKey, descending: boolean, id = 't.id'): string {
  const direction = descending ? 'DESC' : 'ASC';
  switch (sort) {
    case 'priority':
      return `CASE WHEN p.rank_order IS NULL THEN 1 ELSE 0 END, p.rank_order ${direction}, t.registered_at ASC, ${id} ASC`;
    case 'registeredAt':
      return `t.registered_at ${direction}, ${id} ${direction}`;
    case 'updatedAt':
      return `t.updated_at ${direction}, ${id} ${direction}`;
    case 'dueAt':
      return `CASE WHEN t.resolution_due_at IS NULL THEN 1 ELSE 0 END, t.resolution_due_at ${direction}, ${id} ASC`;
  }
}

/**
 * One page of one tab of a position's cartable, with the priority's colour and rank. The tab's
 * size is the tab's count from `countCartables` under the same filter, so it is not counted again.
 */
export async function listCartable(
  read: SqlExecutor,
  request: { positionId: number; tab: CartableTabName; filter: CartableFilter; sort: CartableSortKey; descending: boolean; limit: number; offset: number; now: Date },
): Promise<CartableRow[]> {
  const tab = cartableTabCondition(request.tab, read.dialect, request.now);
  const late = cartableTabCondition('overdue', read.dialect, request.now);
  const where = filterCondition(request.filter);
  const columns =
    `t.id, t.tracking_code, t.subject, t.status, t.request_type, t.channel, t.priority_code, p.name_fa AS priority_fa, p.name_en AS priority_en, p.color AS priority_color, p.rank_order AS priority_rank,` +
    ` t.category_id, t.location_id, t.requester_name, t.registered_at, t.updated_at, ta.since, t.response_due_at, t.resolution_due_at, t.postponed_until, t.escalation_level,` +
    ` CASE WHEN ${late.sql} THEN 1 ELSE 0 END AS is_overdue`;
  const order = orderBy(request.sort, request.descending);
  // SQLite: the page's tickets are chosen from the assignment rows' copies of the cartable columns
  // (migration 20261123-60), and only they are joined to their tickets.
  // The overdue tab reads its two index ranges; the others filter the position's index entries.
  // CROSS JOIN keeps the page first: only its rows are looked up.
  const sqliteSource = () => {
    if (request.tab !== 'overdue') return { from: 'ticket_assignments t INDEXED BY ticket_assignments_cartable_page', where: `t.position_id = ? AND ${tab.sql}`, params: [request.positionId, ...tab.params] };
    const overdue = overdueRowsSqlite(request.positionId, toSqlDate(read.dialect, request.now));
    return { from: `(${overdue.sql}) t`, where: '1 = 1', params: overdue.params };
  };
  const source = read.dialect === 'sqlite' && request.sort !== 'updatedAt' ? sqliteSource() : undefined;
  const rows =
    source
      ? await read.all<Record<string, unknown>>(
          `SELECT ${columns} FROM (SELECT t.ticket_id AS id FROM ${source.from} LEFT JOIN priorities p ON p.code = t.priority_code` +
            ` WHERE ${source.where} AND ${where.sql} ORDER BY ${orderBy(request.sort, request.descending, 't.ticket_id')} LIMIT ? OFFSET ?) page` +
            ` CROSS JOIN ticket_assignments ta ON ta.ticket_id = page.id AND ta.position_id = ? CROSS JOIN tickets t ON t.id = page.id LEFT JOIN priorities p ON p.code = t.priority_code ORDER BY ${order}`,
          [...late.params, ...source.params, ...where.params, request.limit, request.offset, request.positionId],
        )
      : await read.all<Record<string, unknown>>(
          `SELECT ${columns} FROM ticket_assignments ta JOIN tickets t ON t.id = ta.ticket_id LEFT JOIN priorities p ON p.code = t.priority_code` +
            ` WHERE ta.position_id = ? AND ${tab.sql} AND ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`,
          [...late.params, request.positionId, ...tab.params, ...where.params, request.limit, request.offset],
        );
  return rows.map(
    (row): CartableRow => ({
      id: Number(row.id),
      trackingCode: String(row.tracking_code),
      subject: String(row.subject),
      status: String(row.status),
      requestType: String(row.request_type),
      channel: String(row.channel),
      priorityCode: String(row.priority_code),
      priority:
        row.priority_color === null || row.priority_color === undefined
          ? null
          : { nameFa: String(row.priority_fa), nameEn: String(row.priority_en), color: String(row.priority_color), rank: Number(row.priority_rank) },
      categoryId: row.category_id === null ? null : Number(row.category_id),
      locationId: row.location_id === null ? null : Number(row.location_id),
      requesterName: row.requester_name === null ? null : String(row.requester_name),
      registeredAt: fromSqlDate(row.registered_at) as Date,
      updatedAt: fromSqlDate(row.updated_at) as Date,
      assignedAt: fromSqlDate(row.since) as Date,
      responseDueAt: fromSqlDate(row.response_due_at),
      resolutionDueAt: fromSqlDate(row.resolution_due_at),
      postponedUntil: fromSqlDate(row.postponed_until),
      escalationLevel: Number(row.escalation_level),
      overdue: Number(row.is_overdue) === 1,
    }),
  );
}
