import { categoryAtLevel } from './category-at-level.js';
import { groupInto } from './count-by.js';
import { average, durationStats, ratio } from './duration-stats.js';
import { loadActionFacts } from './load-action-facts.js';
import { loadTicketFacts } from './load-ticket-facts.js';
import type { ReportInput } from './report-input.js';
import { businessResolutionMinutes, isOpen } from './ticket-measures.js';
import { ticketFollowUps } from './ticket-follow-ups.js';

export interface CategoryRow {
  /** null: tickets without a category. */
  readonly categoryId: number | null;
  readonly tickets: number;
  /** Share of all tickets of the range. */
  readonly share: number | null;
  /** Tickets of the same category in the period of the same length just before. */
  readonly previousTickets: number;
  /** `tickets / previousTickets − 1`; null without earlier tickets. */
  readonly change: number | null;
  readonly openNow: number;
  readonly averageResolutionMinutes: number | null;
  readonly reworked: number;
  readonly satisfactionAverage: number | null;
}

export interface TopCategoriesReport {
  readonly total: number;
  readonly previousTotal: number;
  /** The catalogue's first level (systems: software, operating system, hardware and network, training). */
  readonly systems: readonly CategoryRow[];
  /** The second level (subsystems: office automation, printers and copiers, …). */
  readonly subsystems: readonly CategoryRow[];
  /** The most frequent subjects (third level), at most `TOP_SUBJECTS`. */
  readonly subjects: readonly CategoryRow[];
}

export const TOP_SUBJECTS = 20;

/**
 * What the requests of the range were about, most frequent first: per system, subsystem and (the
 * top) subjects, with the change from the period just before, what is still open, the business
 * time to resolution, rework and satisfaction.
 */
export async function topCategoriesReport(input: ReportInput): Promise<TopCategoriesReport> {
  const { read, filter, reference } = input;
  const length = filter.to.getTime() - filter.from.getTime();
  const previousFilter = { ...filter, from: new Date(filter.from.getTime() - length), to: filter.from };
  const [tickets, previous, actions] = await Promise.all([
    loadTicketFacts(read, filter),
    loadTicketFacts(read, previousFilter),
    loadActionFacts(read, filter, ['resolved', 'reopened', 'feedback'], { openEnded: true }),
  ]);
  const followUps = ticketFollowUps(actions, new Set(tickets.map((ticket) => ticket.id)));

  const rowsAt = (level: number): CategoryRow[] => {
    const key = (categoryId: number | null) => categoryAtLevel(reference, categoryId, level);
    const before = groupInto(previous, (ticket) => key(ticket.categoryId), () => ({ count: 0 }), (row) => (row.count += 1));
    const rows = groupInto(
      tickets,
      (ticket) => key(ticket.categoryId),
      (categoryId) => ({ categoryId, tickets: 0, openNow: 0, minutes: [] as number[], reworked: 0, scores: [] as number[] }),
      (row, ticket) => {
        row.tickets += 1;
        if (isOpen(ticket)) row.openNow += 1;
        const minutes = businessResolutionMinutes(reference.calendar, ticket);
        if (minutes !== null) row.minutes.push(minutes);
        const followUp = followUps.get(ticket.id);
        if (followUp?.reopened) row.reworked += 1;
        row.scores.push(...(followUp?.scores ?? []));
      },
    );
    return [...rows.values()]
      .filter((row) => level === 1 || (row.categoryId !== null && (reference.categories.get(row.categoryId)?.level ?? 0) === level))
      .map(({ minutes, scores, ...row }): CategoryRow => {
        const previousTickets = before.get(row.categoryId)?.count ?? 0;
        return {
          ...row,
          share: ratio(row.tickets, tickets.length),
          previousTickets,
          change: previousTickets === 0 ? null : row.tickets / previousTickets - 1,
          averageResolutionMinutes: durationStats(minutes).average,
          satisfactionAverage: average(scores),
        };
      })
      .sort((a, b) => b.tickets - a.tickets || (a.categoryId ?? 0) - (b.categoryId ?? 0));
  };
  return { total: tickets.length, previousTotal: previous.length, systems: rowsAt(1), subsystems: rowsAt(2), subjects: rowsAt(3).slice(0, TOP_SUBJECTS) };
}
