import type { SqlExecutor } from '../../database.js';
import { fromSqlDate } from '../tickets/sql-date.js';
import { CARTABLE_TABS, cartableTabCondition, type CartableTabName, type SqlCondition } from './cartable-tabs.js';

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

/** Each tab's count for each position, with the filters; positions without tickets are left out. */
export async function countCartables(read: SqlExecutor, positionIds: readonly number[], filter: CartableFilter, now: Date): Promise<Map<number, Record<CartableTabName, number>>> {
  const counts = new Map<number, Record<CartableTabName, number>>();
  if (positionIds.length === 0) return counts;
  const tabs = CARTABLE_TABS.map((tab) => cartableTabCondition(tab, read.dialect, now));
  const where = filterCondition(filter);
  const rows = await read.all<Record<string, unknown>>(
    `SELECT ta.position_id AS position_id, ${tabs.map((tab, index) => `SUM(CASE WHEN ${tab.sql} THEN 1 ELSE 0 END) AS c${index}`).join(', ')}` +
      ` FROM ticket_assignments ta JOIN tickets t ON t.id = ta.ticket_id WHERE ta.position_id IN (${placeholders(positionIds)}) AND ${where.sql} GROUP BY ta.position_id`,
    [...tabs.flatMap((tab) => tab.params), ...positionIds, ...where.params],
  );
  for (const row of rows) {
    counts.set(Number(row.position_id), Object.fromEntries(CARTABLE_TABS.map((tab, index) => [tab, Number(row[`c${index}`] ?? 0)])) as Record<CartableTabName, number>);
  }
  return counts;
}

/** Nulls last in every dialect, then the column, then the id so that pages never overlap. */
function orderBy(sort: CartableSortKey, descending: boolean): string {
  const direction = descending ? 'DESC' : 'ASC';
  switch (sort) {
    case 'priority':
      return `CASE WHEN p.rank_order IS NULL THEN 1 ELSE 0 END, p.rank_order ${direction}, t.registered_at ASC, t.id ASC`;
    case 'registeredAt':
      return `t.registered_at ${direction}, t.id ${direction}`;
    case 'updatedAt':
      return `t.updated_at ${direction}, t.id ${direction}`;
    case 'dueAt':
      return `CASE WHEN t.resolution_due_at IS NULL THEN 1 ELSE 0 END, t.resolution_due_at ${direction}, t.id ASC`;
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
  const rows = await read.all<Record<string, unknown>>(
    `SELECT t.id, t.tracking_code, t.subject, t.status, t.request_type, t.channel, t.priority_code, p.name_fa AS priority_fa, p.name_en AS priority_en, p.color AS priority_color, p.rank_order AS priority_rank,` +
      ` t.category_id, t.location_id, t.requester_name, t.registered_at, t.updated_at, ta.since, t.response_due_at, t.resolution_due_at, t.postponed_until, t.escalation_level,` +
      ` CASE WHEN ${late.sql} THEN 1 ELSE 0 END AS is_overdue` +
      ` FROM ticket_assignments ta JOIN tickets t ON t.id = ta.ticket_id LEFT JOIN priorities p ON p.code = t.priority_code WHERE ta.position_id = ? AND ${tab.sql} AND ${where.sql}` +
      ` ORDER BY ${orderBy(request.sort, request.descending)} LIMIT ? OFFSET ?`,
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
