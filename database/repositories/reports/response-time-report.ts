import { businessMinutesBetween } from '../../../core/calendar/business-minutes-between.js';
import { groupInto } from './count-by.js';
import { durationStats, ratio, type DurationStats } from './duration-stats.js';
import { loadTicketFacts } from './load-ticket-facts.js';
import type { ReportInput } from './report-input.js';
import type { TicketFact } from './ticket-fact.js';
import { businessResolutionMinutes, businessResponseMinutes, resolutionOutcome, responseOutcome } from './ticket-measures.js';

export interface ResponseTimeRow {
  readonly tickets: number;
  /** Business minutes from registration to the first response (work started). */
  readonly response: DurationStats;
  readonly responseMet: number;
  readonly responseBreached: number;
  readonly responseSlaRate: number | null;
  /** Business minutes from registration to resolution. */
  readonly resolution: DurationStats;
  readonly resolutionMet: number;
  readonly resolutionBreached: number;
  readonly resolutionSlaRate: number | null;
  /** Calendar (wall-clock) minutes to resolution, on average: what the requester lived through. */
  readonly averageCalendarResolutionMinutes: number | null;
}

/** Upper bounds, in business minutes, of the distribution's buckets; the last bucket is open. */
export const RESPONSE_TIME_BUCKETS = [15, 30, 60, 120, 240, 480, 1440] as const;

export interface ResponseTimeReport {
  readonly total: ResponseTimeRow;
  readonly byPriority: ReadonlyArray<ResponseTimeRow & { readonly priorityCode: string }>;
  /** How many first responses and resolutions took up to each bound (the last: longer than the last bound). */
  readonly distribution: ReadonlyArray<{ readonly upToMinutes: number | null; response: number; resolution: number }>;
}

function measure(input: ReportInput, tickets: readonly TicketFact[]): ResponseTimeRow {
  const { now, reference } = input;
  const response = tickets.map((ticket) => businessResponseMinutes(reference.calendar, ticket)).filter((minutes) => minutes !== null);
  const resolution = tickets.map((ticket) => businessResolutionMinutes(reference.calendar, ticket)).filter((minutes) => minutes !== null);
  const calendar = tickets.filter((ticket) => ticket.resolvedAt !== null).map((ticket) => (ticket.resolvedAt!.getTime() - ticket.registeredAt.getTime()) / 60_000);
  const count = (outcomeOf: (ticket: TicketFact, now: Date) => string, outcome: string) => tickets.filter((ticket) => outcomeOf(ticket, now) === outcome).length;
  const responseMet = count(responseOutcome, 'met');
  const responseBreached = count(responseOutcome, 'breached');
  const resolutionMet = count(resolutionOutcome, 'met');
  const resolutionBreached = count(resolutionOutcome, 'breached');
  return {
    tickets: tickets.length,
    response: durationStats(response),
    responseMet,
    responseBreached,
    responseSlaRate: ratio(responseMet, responseMet + responseBreached),
    resolution: durationStats(resolution),
    resolutionMet,
    resolutionBreached,
    resolutionSlaRate: ratio(resolutionMet, resolutionMet + resolutionBreached),
    averageCalendarResolutionMinutes: durationStats(calendar).average,
  };
}

function bucketOf(minutes: number): number {
  const index = RESPONSE_TIME_BUCKETS.findIndex((bound) => minutes <= bound);
  return index === -1 ? RESPONSE_TIME_BUCKETS.length : index;
}

/**
 * How fast the tickets registered in the range were answered and resolved, in business time on the
 * desk's calendar (working hours, Iranian week, holidays): averages, medians, 90th percentiles and
 * deadlines kept, per priority, and how the times are spread.
 */
export async function responseTimeReport(input: ReportInput): Promise<ResponseTimeReport> {
  const { read, filter, reference } = input;
  const tickets = await loadTicketFacts(read, filter);
  const rank = new Map(reference.priorities.map((priority) => [priority.code, priority.rank]));
  const byPriority = [...groupInto(tickets, (ticket) => ticket.priorityCode, () => [] as TicketFact[], (list, ticket) => list.push(ticket)).entries()]
    .sort(([a], [b]) => (rank.get(a) ?? 99) - (rank.get(b) ?? 99) || a.localeCompare(b))
    .map(([priorityCode, list]) => ({ priorityCode, ...measure(input, list) }));
  const distribution = [...RESPONSE_TIME_BUCKETS, null].map((upToMinutes) => ({ upToMinutes, response: 0, resolution: 0 }));
  for (const ticket of tickets) {
    if (ticket.firstResponseAt !== null) distribution[bucketOf(businessMinutesBetween(reference.calendar, ticket.registeredAt, ticket.firstResponseAt))]!.response += 1;
    if (ticket.resolvedAt !== null) distribution[bucketOf(businessMinutesBetween(reference.calendar, ticket.registeredAt, ticket.resolvedAt))]!.resolution += 1;
  }
  return { total: measure(input, tickets), byPriority, distribution };
}
