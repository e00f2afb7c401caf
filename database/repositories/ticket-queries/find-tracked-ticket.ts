import type { SqlExecutor } from '../../database.js';
import { fromSqlDate } from '../tickets/sql-date.js';

export interface TrackedTicketRow {
  readonly trackingCode: string;
  readonly status: string;
  readonly subject: string;
  readonly categoryNameFa: string | null;
  readonly categoryNameEn: string | null;
  readonly registeredAt: Date;
  readonly updatedAt: Date;
  readonly resolvedAt: Date | null;
  readonly closedAt: Date | null;
  readonly steps: ReadonlyArray<{ readonly kind: string; readonly at: Date; readonly payload: string }>;
}

/**
 * The ticket with this tracking code whose requester has this phone number (the one given at
 * registration, or any number of the requester's person), with the steps the requester may see;
 * null for an unknown code and for a wrong number alike: one query answers both, so neither the
 * answer nor its timing tells them apart.
 */
export async function findTrackedTicket(read: SqlExecutor, trackingCode: string, phoneE164: string): Promise<TrackedTicketRow | null> {
  const [ticket] = await read.all<Record<string, unknown>>(
    'SELECT t.id, t.tracking_code, t.status, t.subject, c.name_fa AS category_fa, c.name_en AS category_en, t.registered_at, t.updated_at, t.resolved_at, t.closed_at' +
      ' FROM tickets t LEFT JOIN categories c ON c.id = t.category_id' +
      ' WHERE t.tracking_code = ? AND (t.requester_phone = ? OR EXISTS (SELECT 1 FROM person_phones pp WHERE pp.person_id = t.requester_person_id AND pp.phone = ?))',
    [trackingCode, phoneE164, phoneE164],
  );
  if (ticket === undefined) return null;
  const steps = await read.all<Record<string, unknown>>('SELECT kind, at, payload FROM ticket_actions WHERE ticket_id = ? AND visible_to_requester = ? ORDER BY id ASC', [ticket.id, true]);
  return {
    trackingCode: String(ticket.tracking_code),
    status: String(ticket.status),
    subject: String(ticket.subject),
    categoryNameFa: ticket.category_fa === null ? null : String(ticket.category_fa),
    categoryNameEn: ticket.category_en === null ? null : String(ticket.category_en),
    registeredAt: fromSqlDate(ticket.registered_at) as Date,
    updatedAt: fromSqlDate(ticket.updated_at) as Date,
    resolvedAt: fromSqlDate(ticket.resolved_at),
    closedAt: fromSqlDate(ticket.closed_at),
    steps: steps.map((step) => ({ kind: String(step.kind), at: fromSqlDate(step.at) as Date, payload: String(step.payload) })),
  };
}
