import type { Principal } from '../../../../core/access/principal.js';
import { requireAnyRole } from '../../../../core/access/require-role.js';
import { fromWallClock } from '../../../../core/calendar/wall-clock.js';
import { toLatinDigits } from '../../../../core/text/to-latin-digits.js';
import type { Database } from '../../../../database/database.js';
import { fromSqlDate, toSqlDate } from '../../../../database/repositories/tickets/sql-date.js';
import type { AuditTicketPage, AuditTicketRow } from '../../../contract/audit.js';
import { escapeLike } from '../../http/escape-like.js';
import { loadCategoryTree, type CategoryTree } from './audit-categories.js';

export interface AuditTicketSearch {
  readonly trackingCode?: string | undefined;
  readonly requester?: string | undefined;
  /** ISO dates, inclusive, as Tehran's calendar days. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly categoryId?: number | undefined;
  readonly page: number;
  readonly pageSize: number;
}

const COLUMNS = 't.id, t.tracking_code, t.subject, t.status, t.requester_name, t.requester_phone, t.category_id, t.registered_at, t.updated_at';

/** The start of a calendar day in Tehran; `days` later for the end of a range. */
function tehranMidnight(isoDate: string, days = 0): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return fromWallClock({ year, month, day: day + days });
}

/** Arabic yeh and kaf as Persian ones, inside SQL, so that names typed either way meet. */
const NORMALIZED_NAME = "LOWER(REPLACE(REPLACE(t.requester_name, 'ي', 'ی'), 'ك', 'ک'))";

export function toAuditRow(row: Record<string, unknown>, categories: CategoryTree): AuditTicketRow {
  const category = row.category_id === null || row.category_id === undefined ? undefined : categories.byId.get(Number(row.category_id));
  return {
    id: Number(row.id),
    trackingCode: String(row.tracking_code),
    subject: String(row.subject),
    status: String(row.status),
    requesterName: row.requester_name === null ? null : String(row.requester_name),
    requesterPhone: row.requester_phone === null ? null : String(row.requester_phone),
    category: category === undefined ? null : { id: category.id, nameFa: category.nameFa, nameEn: category.nameEn, pathFa: category.pathFa, pathEn: category.pathEn },
    registeredAt: (fromSqlDate(row.registered_at) as Date).toISOString(),
    updatedAt: (fromSqlDate(row.updated_at) as Date).toISOString(),
  };
}

/**
 * Any ticket, for auditors: by tracking code (its beginning), requester (name or phone number),
 * registration date range and category (with its sub-categories); newest first.
 */
export async function searchAuditTickets(db: Database, actor: Principal, search: AuditTicketSearch): Promise<AuditTicketPage> {
  requireAnyRole(actor, ['auditor']);
  const categories = await loadCategoryTree(db);
  const conditions: string[] = [];
  const params: unknown[] = [];
  const code = search.trackingCode === undefined ? '' : toLatinDigits(search.trackingCode).replace(/[\s-]/g, '');
  if (code !== '') {
    conditions.push("t.tracking_code LIKE ? ESCAPE '\\'");
    params.push(`${escapeLike(code)}%`);
  }
  const requester = search.requester === undefined ? '' : toLatinDigits(search.requester).trim();
  if (requester !== '') {
    const digits = requester.replace(/[\s()+-]/g, '');
    if (/^\d{4,}$/.test(digits)) {
      // 09121234567, 9121234567 and +989121234567 all end in the same ten digits.
      conditions.push("t.requester_phone LIKE ? ESCAPE '\\'");
      params.push(`%${escapeLike(digits.replace(/^(98|0)/, ''))}%`);
    } else {
      conditions.push(`${NORMALIZED_NAME} LIKE ? ESCAPE '\\'`);
      params.push(`%${escapeLike(requester.replace(/ي/g, 'ی').replace(/ك/g, 'ک').toLowerCase())}%`);
    }
  }
  if (search.from !== undefined) {
    conditions.push('t.registered_at >= ?');
    params.push(toSqlDate(db.dialect, tehranMidnight(search.from)));
  }
  if (search.to !== undefined) {
    conditions.push('t.registered_at < ?');
    params.push(toSqlDate(db.dialect, tehranMidnight(search.to, 1)));
  }
  if (search.categoryId !== undefined) {
    const ids = categories.subtreeOf(search.categoryId);
    conditions.push(`t.category_id IN (${ids.map(() => '?').join(', ')})`);
    params.push(...ids);
  }
  const where = conditions.length === 0 ? '' : ` WHERE ${conditions.join(' AND ')}`;
  const [rows, totals] = await Promise.all([
    db.read.all<Record<string, unknown>>(`SELECT ${COLUMNS} FROM tickets t${where} ORDER BY t.registered_at DESC, t.id DESC LIMIT ? OFFSET ?`, [
      ...params,
      search.pageSize,
      (search.page - 1) * search.pageSize,
    ]),
    db.read.all<{ n: number | string }>(`SELECT COUNT(*) AS n FROM tickets t${where}`, params),
  ]);
  return { items: rows.map((row) => toAuditRow(row, categories)), total: Number(totals[0]?.n ?? 0), page: search.page, pageSize: search.pageSize };
}
