import { businessMinutesBetween } from '../../../core/calendar/business-minutes-between.js';
import { fromSqlDate, toSqlDate } from '../tickets/sql-date.js';
import { groupInto } from './count-by.js';
import { average, durationStats, ratio } from './duration-stats.js';
import { loadActionFacts } from './load-action-facts.js';
import type { ReportInput } from './report-input.js';
import { resolutionFollowUps, type ResolutionFollowUp } from './resolution-follow-ups.js';
import { isOverdue } from './ticket-measures.js';
import type { TicketFact } from './ticket-fact.js';
import { ticketScopeCondition } from './ticket-scope-condition.js';

export interface ResolutionMeasures {
  /** Resolutions made in the range. */
  readonly resolved: number;
  /** Business minutes from registration to those resolutions. */
  readonly averageResolutionMinutes: number | null;
  readonly medianResolutionMinutes: number | null;
  /** Of those resolutions, how many were reopened for rework before the next one. */
  readonly reworked: number;
  readonly reworkRate: number | null;
  /** Answered feedback on those resolutions. */
  readonly feedbackCount: number;
  readonly satisfactionAverage: number | null;
}

export interface StaffPositionRow extends ResolutionMeasures {
  readonly positionId: number;
  /** Tickets that reached the position's cartable in the range. */
  readonly received: number;
  /** In its cartable now, and of those overdue. */
  readonly openNow: number;
  readonly overdueNow: number;
}

export interface StaffPersonRow extends ResolutionMeasures {
  readonly personId: number;
  /** The positions they resolved tickets in. */
  readonly positionIds: readonly number[];
}

export interface StaffReport {
  readonly positions: readonly StaffPositionRow[];
  readonly people: readonly StaffPersonRow[];
}

type Row = Record<string, unknown>;
const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

function measures(calendar: ReportInput['reference']['calendar'], followUps: readonly ResolutionFollowUp[]): ResolutionMeasures {
  const minutes = durationStats(followUps.map((followUp) => businessMinutesBetween(calendar, followUp.resolution.ticketRegisteredAt, followUp.resolution.at)));
  const reworked = followUps.filter((followUp) => followUp.reopened).length;
  const scores = followUps.filter((followUp) => followUp.score !== null).map((followUp) => followUp.score!);
  return {
    resolved: followUps.length,
    averageResolutionMinutes: minutes.average,
    medianResolutionMinutes: minutes.median,
    reworked,
    reworkRate: ratio(reworked, followUps.length),
    feedbackCount: scores.length,
    satisfactionAverage: average(scores),
  };
}

/**
 * The work of each position in the reader's scope, and of each person who resolved tickets there:
 * tickets received in the range, resolutions and their business time, rework (reopened after the
 * resolution) and the satisfaction requesters gave for them, and what each cartable holds now.
 */
export async function staffReport(input: ReportInput): Promise<StaffReport> {
  const { read, filter, now, reference } = input;
  const unscoped = ticketScopeCondition({ ...filter, positionIds: null });
  const positionScope = filter.positionIds === null ? { sql: '1 = 1', params: [] as unknown[] } : filter.positionIds.length === 0 ? { sql: '1 = 0', params: [] } : { sql: `x.position_id IN (${placeholders(filter.positionIds)})`, params: [...filter.positionIds] };
  const [received, holding, actions] = await Promise.all([
    read.all<Row>(
      `SELECT x.position_id, COUNT(*) AS received FROM ticket_involvements x JOIN tickets t ON t.id = x.ticket_id WHERE x.since >= ? AND x.since < ? AND ${positionScope.sql} AND ${unscoped.sql} GROUP BY x.position_id`,
      [toSqlDate(read.dialect, filter.from), toSqlDate(read.dialect, filter.to), ...positionScope.params, ...unscoped.params],
    ),
    read.all<Row>(
      `SELECT x.position_id, t.status, t.first_response_at, t.response_due_at, t.resolution_due_at FROM ticket_assignments x JOIN tickets t ON t.id = x.ticket_id` +
        ` WHERE t.status NOT IN ('resolved', 'closed') AND ${positionScope.sql} AND ${unscoped.sql}`,
      [...positionScope.params, ...unscoped.params],
    ),
    loadActionFacts(read, filter, ['resolved', 'reopened', 'feedback'], { openEnded: true }),
  ]);
  const resolutionsInRange = resolutionFollowUps(actions).filter((followUp) => followUp.resolution.at.getTime() < filter.to.getTime());
  const inScope = (positionId: number | null): positionId is number => positionId !== null && (filter.positionIds === null || filter.positionIds.includes(positionId));
  const positionOf = (followUp: ResolutionFollowUp) => followUp.resolution.byPositionId ?? followUp.resolution.actorPositionId;

  const backlog = groupInto(
    holding,
    (row) => Number(row.position_id),
    () => ({ openNow: 0, overdueNow: 0 }),
    (counts, row) => {
      counts.openNow += 1;
      const ticket = { status: String(row.status), firstResponseAt: fromSqlDate(row.first_response_at), responseDueAt: fromSqlDate(row.response_due_at), resolutionDueAt: fromSqlDate(row.resolution_due_at) } as TicketFact;
      if (isOverdue(ticket, now)) counts.overdueNow += 1;
    },
  );
  const receivedBy = new Map(received.map((row) => [Number(row.position_id), Number(row.received)]));
  const resolvedBy = groupInto(
    resolutionsInRange.filter((followUp) => inScope(positionOf(followUp))),
    (followUp) => positionOf(followUp)!,
    () => [] as ResolutionFollowUp[],
    (list, followUp) => list.push(followUp),
  );
  const positionIds = new Set([...receivedBy.keys(), ...backlog.keys(), ...resolvedBy.keys()].filter(inScope));
  const positions = [...positionIds]
    .map((positionId): StaffPositionRow => ({
      positionId,
      received: receivedBy.get(positionId) ?? 0,
      openNow: backlog.get(positionId)?.openNow ?? 0,
      overdueNow: backlog.get(positionId)?.overdueNow ?? 0,
      ...measures(reference.calendar, resolvedBy.get(positionId) ?? []),
    }))
    .sort((a, b) => b.resolved - a.resolved || b.received - a.received || b.openNow - a.openNow || a.positionId - b.positionId);

  const byPerson = groupInto(
    resolutionsInRange.filter((followUp) => followUp.resolution.actorPersonId !== null && inScope(positionOf(followUp))),
    (followUp) => followUp.resolution.actorPersonId!,
    () => [] as ResolutionFollowUp[],
    (list, followUp) => list.push(followUp),
  );
  const people = [...byPerson.entries()]
    .map(([personId, followUps]): StaffPersonRow => ({
      personId,
      positionIds: [...new Set(followUps.map(positionOf).filter((id): id is number => id !== null))].sort((a, b) => a - b),
      ...measures(reference.calendar, followUps),
    }))
    .sort((a, b) => b.resolved - a.resolved || a.personId - b.personId);
  return { positions, people };
}
