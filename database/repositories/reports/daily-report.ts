import { loadTicketFacts } from './load-ticket-facts.js';
import type { ReportInput } from './report-input.js';
import type { TicketFact } from './ticket-fact.js';
import { isOverdue } from './ticket-measures.js';

/** The daily report lists at most this many tickets (its export too). */
export const DAILY_REPORT_ROW_LIMIT = 5000;

export interface DailyReportRow {
  readonly ticket: TicketFact;
  /** Positions whose cartables hold it now. */
  readonly assignedPositionIds: readonly number[];
  readonly overdue: boolean;
}

export interface DailyReport {
  readonly summary: { registered: number; firstResponses: number; resolved: number; closed: number; openNow: number; overdueNow: number };
  readonly rows: readonly DailyReportRow[];
  readonly truncated: boolean;
}

const within = (instant: Date | null, from: Date, to: Date) => instant !== null && instant.getTime() >= from.getTime() && instant.getTime() < to.getTime();

/**
 * The register of a day (or any range): every ticket registered, resolved or closed in it, with
 * where it stands now, and the day's counts.
 */
export async function dailyReport(input: ReportInput): Promise<DailyReport> {
  const { read, filter, now } = input;
  const tickets = await loadTicketFacts(read, filter, { basis: 'activity', limit: DAILY_REPORT_ROW_LIMIT + 1 });
  const truncated = tickets.length > DAILY_REPORT_ROW_LIMIT;
  const listed = tickets.slice(0, DAILY_REPORT_ROW_LIMIT);
  const assignments = new Map<number, number[]>();
  for (let start = 0; start < listed.length; start += 500) {
    const ids = listed.slice(start, start + 500).map((ticket) => ticket.id);
    const rows = await read.all<{ ticket_id: number; position_id: number }>(
      `SELECT ticket_id, position_id FROM ticket_assignments WHERE ticket_id IN (${ids.map(() => '?').join(', ')}) ORDER BY ticket_id, position_id`,
      ids,
    );
    for (const row of rows) assignments.set(Number(row.ticket_id), [...(assignments.get(Number(row.ticket_id)) ?? []), Number(row.position_id)]);
  }
  const summary = { registered: 0, firstResponses: 0, resolved: 0, closed: 0, openNow: 0, overdueNow: 0 };
  const rows = listed.map((ticket) => {
    if (within(ticket.registeredAt, filter.from, filter.to)) summary.registered += 1;
    if (within(ticket.firstResponseAt, filter.from, filter.to)) summary.firstResponses += 1;
    if (within(ticket.resolvedAt, filter.from, filter.to)) summary.resolved += 1;
    if (within(ticket.closedAt, filter.from, filter.to)) summary.closed += 1;
    const overdue = isOverdue(ticket, now);
    if (ticket.status !== 'resolved' && ticket.status !== 'closed') summary.openNow += 1;
    if (overdue) summary.overdueNow += 1;
    return { ticket, assignedPositionIds: assignments.get(ticket.id) ?? [], overdue };
  });
  return { summary, rows, truncated };
}
