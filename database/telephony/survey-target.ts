import type { SqlExecutor } from '../database.js';
import { firstRows } from './first-rows.js';

/**
 * Whom a satisfaction survey call dials for a ticket: the number it was registered with, else the
 * requester's mobile (or any number) on file. Undefined when the ticket does not exist.
 */
export async function surveyTarget(sql: SqlExecutor, ticketId: number): Promise<{ readonly trackingCode: string; readonly phone: string | null } | undefined> {
  const [ticket] = await sql.all<{ tracking_code: string; requester_phone: string | null; requester_person_id: number | null }>(
    'SELECT tracking_code, requester_phone, requester_person_id FROM tickets WHERE id = ?',
    [ticketId],
  );
  if (ticket === undefined) return undefined;
  if (ticket.requester_phone !== null || ticket.requester_person_id === null) return { trackingCode: ticket.tracking_code, phone: ticket.requester_phone };
  const [phone] = await sql.all<{ phone: string }>(
    `SELECT phone FROM person_phones WHERE person_id = ? ORDER BY CASE WHEN kind = 'mobile' THEN 0 ELSE 1 END, phone ${firstRows(sql.dialect, 1)}`,
    [ticket.requester_person_id],
  );
  return { trackingCode: ticket.tracking_code, phone: phone?.phone ?? null };
}
