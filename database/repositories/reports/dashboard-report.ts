import { MAX_SATISFACTION_SCORE, MIN_SATISFACTION_SCORE } from '../../../core/feedback/feedback-response.js';
import { categoryAtLevel } from './category-at-level.js';
import { groupInto } from './count-by.js';
import { average } from './duration-stats.js';
import { loadActionFacts } from './load-action-facts.js';
import { loadTicketFacts } from './load-ticket-facts.js';
import { localDays } from './local-days.js';
import type { ReportInput } from './report-input.js';
import type { TicketFact } from './ticket-fact.js';
import { isOpen, isOverdue, resolutionOutcome, responseOutcome } from './ticket-measures.js';

export interface BacklogCounts {
  /** Registered in the range. */
  registered: number;
  /** Of those, open now. */
  open: number;
  /** Of those, overdue now. */
  overdue: number;
}

export interface SlaCounts {
  responseMet: number;
  responseBreached: number;
  resolutionMet: number;
  resolutionBreached: number;
}

export interface DashboardReport {
  readonly totals: BacklogCounts &
    SlaCounts & {
      /** Of the tickets registered in the range: resolved at least once, closed, escalated at least once. */
      resolved: number;
      closed: number;
      escalated: number;
      /** Answered feedback during the range, and its average score. */
      feedbackCount: number;
      satisfactionAverage: number | null;
    };
  /** By the requester's unit (null: a requester from outside the organization). */
  readonly byUnit: ReadonlyArray<BacklogCounts & { readonly unitId: number | null }>;
  /** By category, one catalogue level below the category filter (systems without one). */
  readonly byCategory: ReadonlyArray<BacklogCounts & { readonly categoryId: number | null }>;
  readonly categoryLevel: number;
  readonly byPriority: ReadonlyArray<BacklogCounts & SlaCounts & { readonly priorityCode: string }>;
  /** Per day of the range: registered, and resolutions and closures made that day. */
  readonly trend: ReadonlyArray<{ readonly day: string; registered: number; resolved: number; closed: number }>;
  /** Answered feedback of the range by score, 1 to 5. */
  readonly satisfaction: ReadonlyArray<{ readonly score: number; count: number }>;
}

const backlog = (): BacklogCounts => ({ registered: 0, open: 0, overdue: 0 });
const sla = (): SlaCounts => ({ responseMet: 0, responseBreached: 0, resolutionMet: 0, resolutionBreached: 0 });

function countBacklog(row: BacklogCounts, ticket: TicketFact, now: Date): void {
  row.registered += 1;
  if (isOpen(ticket)) row.open += 1;
  if (isOverdue(ticket, now)) row.overdue += 1;
}

function countSla(row: SlaCounts, ticket: TicketFact, now: Date): void {
  const response = responseOutcome(ticket, now);
  const resolution = resolutionOutcome(ticket, now);
  if (response === 'met') row.responseMet += 1;
  if (response === 'breached') row.responseBreached += 1;
  if (resolution === 'met') row.resolutionMet += 1;
  if (resolution === 'breached') row.resolutionBreached += 1;
}

const byBacklog = <T extends BacklogCounts>(a: T, b: T) => b.open - a.open || b.overdue - a.overdue || b.registered - a.registered;

/**
 * The management dashboard: the tickets registered in the range, how many are still open and
 * overdue now (by requester unit, category and priority), how their deadlines were kept, the daily
 * trend of registrations, resolutions and closures, and the satisfaction the requesters gave.
 */
export async function dashboardReport(input: ReportInput, options: { readonly categoryRootId?: number } = {}): Promise<DashboardReport> {
  const { read, filter, now, reference } = input;
  const [tickets, actions] = await Promise.all([loadTicketFacts(read, filter), loadActionFacts(read, filter, ['resolved', 'closed', 'feedback'])]);
  const root = options.categoryRootId === undefined ? undefined : reference.categories.get(options.categoryRootId);
  const categoryLevel = Math.min(3, (root?.level ?? 0) + 1);

  const totals = { ...backlog(), ...sla(), resolved: 0, closed: 0, escalated: 0, feedbackCount: 0, satisfactionAverage: null as number | null };
  for (const ticket of tickets) {
    countBacklog(totals, ticket, now);
    countSla(totals, ticket, now);
    if (ticket.resolvedAt !== null) totals.resolved += 1;
    if (ticket.status === 'closed') totals.closed += 1;
    if (ticket.escalationLevel > 0) totals.escalated += 1;
  }
  const scores = actions.filter((action) => action.kind === 'feedback' && action.score !== null).map((action) => action.score!);
  totals.feedbackCount = scores.length;
  totals.satisfactionAverage = average(scores);

  const byUnit = groupInto(tickets, (ticket) => ticket.unitId, (unitId) => ({ unitId, ...backlog() }), (row, ticket) => countBacklog(row, ticket, now));
  const byCategory = groupInto(
    tickets,
    (ticket) => categoryAtLevel(reference, ticket.categoryId, categoryLevel),
    (categoryId) => ({ categoryId, ...backlog() }),
    (row, ticket) => countBacklog(row, ticket, now),
  );
  const byPriority = groupInto(
    tickets,
    (ticket) => ticket.priorityCode,
    (priorityCode) => ({ priorityCode, ...backlog(), ...sla() }),
    (row, ticket) => {
      countBacklog(row, ticket, now);
      countSla(row, ticket, now);
    },
  );
  const rank = new Map(reference.priorities.map((priority) => [priority.code, priority.rank]));

  const days = localDays(filter.from, filter.to, reference.calendar.timeZone);
  const trend = days.days.map((day) => ({ day, registered: 0, resolved: 0, closed: 0 }));
  for (const ticket of tickets) {
    const index = days.indexOf(ticket.registeredAt);
    if (index >= 0) trend[index]!.registered += 1;
  }
  for (const action of actions) {
    if (action.kind !== 'resolved' && action.kind !== 'closed') continue;
    const index = days.indexOf(action.at);
    if (index >= 0) trend[index]![action.kind] += 1;
  }

  const satisfaction = [];
  for (let score = MIN_SATISFACTION_SCORE; score <= MAX_SATISFACTION_SCORE; score += 1) satisfaction.push({ score, count: scores.filter((given) => given === score).length });

  return {
    totals,
    byUnit: [...byUnit.values()].sort(byBacklog),
    byCategory: [...byCategory.values()].sort(byBacklog),
    categoryLevel,
    byPriority: [...byPriority.values()].sort((a, b) => (rank.get(a.priorityCode) ?? 99) - (rank.get(b.priorityCode) ?? 99) || a.priorityCode.localeCompare(b.priorityCode)),
    trend,
    satisfaction,
  };
}
