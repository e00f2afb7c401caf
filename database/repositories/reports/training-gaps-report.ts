import { groupInto } from './count-by.js';
import { ratio } from './duration-stats.js';
import { loadTicketFacts } from './load-ticket-facts.js';
import type { ReportInput } from './report-input.js';

/** The request type of a question to be answered (how do I…?) rather than something to fix. */
export const INFORMATION_REQUEST_TYPE = 'information';

export interface TrainingGapUnitRow {
  /** The requester's unit; null for requesters from outside the organization. */
  readonly unitId: number | null;
  readonly informationRequests: number;
  readonly allRequests: number;
  /** The share of the unit's requests that were questions. */
  readonly share: number | null;
  /** The category the unit asked about most, and how often. */
  readonly topCategoryId: number | null;
  readonly topCategoryCount: number;
  /** Different people of the unit who asked. */
  readonly requesters: number;
}

export interface TrainingGapRow {
  readonly unitId: number | null;
  readonly categoryId: number | null;
  readonly informationRequests: number;
  readonly requesters: number;
}

export interface TrainingGapsReport {
  readonly byUnit: readonly TrainingGapUnitRow[];
  /** Unit and category pairs, most frequent first: where training would save the most calls. */
  readonly byUnitAndCategory: readonly TrainingGapRow[];
  readonly byCategory: ReadonlyArray<{ readonly categoryId: number | null; readonly informationRequests: number; readonly units: number }>;
}

/**
 * Where users lack training: the information requests (questions rather than faults) of the range
 * by the requester's unit and the category asked about, against all the unit's requests.
 */
export async function trainingGapsReport(input: ReportInput): Promise<TrainingGapsReport> {
  const { read, filter } = input;
  const tickets = await loadTicketFacts(read, filter);
  const questions = tickets.filter((ticket) => ticket.requestType === INFORMATION_REQUEST_TYPE);
  const requesterOf = (ticket: (typeof tickets)[number]) => ticket.requesterName ?? `#${ticket.id}`;

  const all = groupInto(tickets, (ticket) => ticket.unitId, () => ({ count: 0 }), (row) => (row.count += 1));
  const pairs = groupInto(
    questions,
    (ticket) => `${ticket.unitId ?? ''}|${ticket.categoryId ?? ''}`,
    () => ({ unitId: null as number | null, categoryId: null as number | null, informationRequests: 0, people: new Set<string>() }),
    (row, ticket) => {
      row.unitId = ticket.unitId;
      row.categoryId = ticket.categoryId;
      row.informationRequests += 1;
      row.people.add(requesterOf(ticket));
    },
  );
  const byUnitAndCategory = [...pairs.values()]
    .map(({ people, ...row }): TrainingGapRow => ({ ...row, requesters: people.size }))
    .sort((a, b) => b.informationRequests - a.informationRequests || (a.unitId ?? 0) - (b.unitId ?? 0) || (a.categoryId ?? 0) - (b.categoryId ?? 0));

  const units = groupInto(
    questions,
    (ticket) => ticket.unitId,
    (unitId) => ({ unitId, informationRequests: 0, people: new Set<string>() }),
    (row, ticket) => {
      row.informationRequests += 1;
      row.people.add(requesterOf(ticket));
    },
  );
  const byUnit = [...units.values()]
    .map(({ people, ...row }): TrainingGapUnitRow => {
      const top = byUnitAndCategory.find((pair) => pair.unitId === row.unitId);
      const allRequests = all.get(row.unitId)?.count ?? 0;
      return { ...row, allRequests, share: ratio(row.informationRequests, allRequests), topCategoryId: top?.categoryId ?? null, topCategoryCount: top?.informationRequests ?? 0, requesters: people.size };
    })
    .sort((a, b) => b.informationRequests - a.informationRequests || (a.unitId ?? 0) - (b.unitId ?? 0));

  const categories = groupInto(
    questions,
    (ticket) => ticket.categoryId,
    (categoryId) => ({ categoryId, informationRequests: 0, unitIds: new Set<number | null>() }),
    (row, ticket) => {
      row.informationRequests += 1;
      row.unitIds.add(ticket.unitId);
    },
  );
  const byCategory = [...categories.values()]
    .map(({ unitIds, ...row }) => ({ ...row, units: unitIds.size }))
    .sort((a, b) => b.informationRequests - a.informationRequests || (a.categoryId ?? 0) - (b.categoryId ?? 0));
  return { byUnit, byUnitAndCategory, byCategory };
}
