import { groupInto } from './count-by.js';
import { average, durationStats, ratio } from './duration-stats.js';
import { loadActionFacts } from './load-action-facts.js';
import { loadTicketFacts } from './load-ticket-facts.js';
import type { ReportInput } from './report-input.js';
import { ticketFollowUps } from './ticket-follow-ups.js';
import { businessResolutionMinutes, isOpen, isOverdue, resolutionOutcome } from './ticket-measures.js';

export interface ContractorRow {
  readonly contractorId: number;
  /** Tickets registered in the range that went to the contractor. */
  readonly tickets: number;
  readonly openNow: number;
  readonly overdueNow: number;
  readonly resolved: number;
  /** Business minutes from registration to resolution. */
  readonly averageResolutionMinutes: number | null;
  readonly medianResolutionMinutes: number | null;
  readonly resolutionMet: number;
  readonly resolutionBreached: number;
  readonly resolutionSlaRate: number | null;
  /** Tickets reopened for rework after a resolution. */
  readonly reworked: number;
  readonly feedbackCount: number;
  readonly satisfactionAverage: number | null;
}

/**
 * Each contractor's tickets registered in the range (those it holds, as the routing left them):
 * how many, how many are open and overdue now, how fast and how well within the deadline they were
 * resolved, how many came back for rework, and how satisfied the requesters were.
 */
export async function contractorReport(input: ReportInput): Promise<readonly ContractorRow[]> {
  const { read, filter, now, reference } = input;
  const [tickets, actions] = await Promise.all([loadTicketFacts(read, filter), loadActionFacts(read, filter, ['resolved', 'reopened', 'feedback'], { openEnded: true })]);
  const contracted = tickets.filter((ticket) => ticket.contractorId !== null);
  const followUps = ticketFollowUps(actions, new Set(contracted.map((ticket) => ticket.id)));
  const rows = groupInto(
    contracted,
    (ticket) => ticket.contractorId!,
    (contractorId) => ({ contractorId, tickets: 0, openNow: 0, overdueNow: 0, resolved: 0, minutes: [] as number[], resolutionMet: 0, resolutionBreached: 0, reworked: 0, scores: [] as number[] }),
    (row, ticket) => {
      row.tickets += 1;
      if (isOpen(ticket)) row.openNow += 1;
      if (isOverdue(ticket, now)) row.overdueNow += 1;
      const minutes = businessResolutionMinutes(reference.calendar, ticket);
      if (minutes !== null) {
        row.resolved += 1;
        row.minutes.push(minutes);
      }
      const outcome = resolutionOutcome(ticket, now);
      if (outcome === 'met') row.resolutionMet += 1;
      if (outcome === 'breached') row.resolutionBreached += 1;
      const followUp = followUps.get(ticket.id);
      if (followUp?.reopened) row.reworked += 1;
      row.scores.push(...(followUp?.scores ?? []));
    },
  );
  return [...rows.values()]
    .map(({ minutes, scores, ...row }): ContractorRow => {
      const stats = durationStats(minutes);
      return {
        ...row,
        averageResolutionMinutes: stats.average,
        medianResolutionMinutes: stats.median,
        resolutionSlaRate: ratio(row.resolutionMet, row.resolutionMet + row.resolutionBreached),
        feedbackCount: scores.length,
        satisfactionAverage: average(scores),
      };
    })
    .sort((a, b) => b.tickets - a.tickets || a.contractorId - b.contractorId);
}
