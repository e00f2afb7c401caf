import { fromSqlDate } from '../tickets/sql-date.js';

/** The columns of a ticket list row, with its priority's names, colour and rank (null when the code is not defined). */
export const TICKET_SUMMARY_COLUMNS =
  't.id, t.tracking_code, t.subject, t.status, t.priority_code, p.name_fa AS priority_fa, p.name_en AS priority_en, p.color AS priority_color, p.rank_order AS priority_rank,' +
  ' t.category_id, t.location_id, t.requester_name, t.registered_at, t.updated_at, t.resolved_at, t.closed_at';

export interface TicketSummaryRow {
  readonly id: number;
  readonly trackingCode: string;
  readonly subject: string;
  readonly status: string;
  readonly priority: { readonly code: string; readonly nameFa: string; readonly nameEn: string; readonly color: string; readonly rank: number } | null;
  readonly categoryId: number | null;
  readonly locationId: number | null;
  readonly requesterName: string | null;
  readonly registeredAt: Date;
  readonly updatedAt: Date;
  readonly resolvedAt: Date | null;
  readonly closedAt: Date | null;
}

export function toTicketSummaryRow(row: Record<string, unknown>): TicketSummaryRow {
  return {
    id: Number(row.id),
    trackingCode: String(row.tracking_code),
    subject: String(row.subject),
    status: String(row.status),
    priority:
      row.priority_color === null || row.priority_color === undefined
        ? null
        : { code: String(row.priority_code), nameFa: String(row.priority_fa), nameEn: String(row.priority_en), color: String(row.priority_color), rank: Number(row.priority_rank) },
    categoryId: row.category_id === null ? null : Number(row.category_id),
    locationId: row.location_id === null ? null : Number(row.location_id),
    requesterName: row.requester_name === null ? null : String(row.requester_name),
    registeredAt: fromSqlDate(row.registered_at) as Date,
    updatedAt: fromSqlDate(row.updated_at) as Date,
    resolvedAt: fromSqlDate(row.resolved_at),
    closedAt: fromSqlDate(row.closed_at),
  };
}
