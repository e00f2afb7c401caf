import { TICKET_CHANNELS, type TicketChannel } from '../../../core/tickets/ticket-channel.js';
import { loadActionFacts } from './load-action-facts.js';
import { loadTicketFacts } from './load-ticket-facts.js';
import { localDays } from './local-days.js';
import type { ReportInput } from './report-input.js';

export interface DailyTotals {
  registered: number;
  /** Registrations by the channel they came through. */
  readonly byChannel: Record<TicketChannel, number>;
  /** Resolutions, closures, escalations (each step up) and reopenings made that day. */
  resolved: number;
  closed: number;
  escalated: number;
  reopened: number;
}

export interface DailyTotalsReport {
  readonly days: ReadonlyArray<DailyTotals & { readonly day: string }>;
  readonly totals: DailyTotals;
}

const empty = (): DailyTotals => ({ registered: 0, byChannel: Object.fromEntries(TICKET_CHANNELS.map((channel) => [channel, 0])) as Record<TicketChannel, number>, resolved: 0, closed: 0, escalated: 0, reopened: 0 });

/** Per day of the range (Tehran's days): tickets registered, by channel, and resolved, closed, escalated and reopened. */
export async function dailyTotalsReport(input: ReportInput): Promise<DailyTotalsReport> {
  const { read, filter, reference } = input;
  const [tickets, actions] = await Promise.all([loadTicketFacts(read, filter), loadActionFacts(read, filter, ['resolved', 'closed', 'escalated', 'reopened'])]);
  const days = localDays(filter.from, filter.to, reference.calendar.timeZone);
  const rows = days.days.map((day) => ({ day, ...empty() }));
  const totals = empty();
  for (const ticket of tickets) {
    const row = rows[days.indexOf(ticket.registeredAt)];
    if (row === undefined) continue;
    const channel = ticket.channel as TicketChannel;
    for (const target of [row, totals]) {
      target.registered += 1;
      if (channel in target.byChannel) target.byChannel[channel] += 1;
    }
  }
  for (const action of actions) {
    const row = rows[days.indexOf(action.at)];
    if (row === undefined) continue;
    const kind = action.kind as 'resolved' | 'closed' | 'escalated' | 'reopened';
    row[kind] += 1;
    totals[kind] += 1;
  }
  return { days: rows, totals };
}
