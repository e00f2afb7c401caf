import type { Dialect } from '../../database.js';
import { toSqlDate } from '../tickets/sql-date.js';

export const CARTABLE_TABS = ['new', 'inProgress', 'postponed', 'overdue', 'resolved'] as const;
export type CartableTabName = (typeof CARTABLE_TABS)[number];

export interface SqlCondition {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/** The statuses whose clock runs: only these can be overdue. */
export const OPEN_UNPOSTPONED = ['registered', 'routed', 'inProgress', 'waitingForInformation'] as const;
/** The statuses of the new and in-progress tabs, when not overdue. */
export const TAB_STATUSES = { new: ['registered', 'routed'], inProgress: ['inProgress', 'waitingForInformation'], postponed: ['postponed'], resolved: ['resolved'] } as const;
const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/** Open (and not postponed, whose clock is paused) with the resolution deadline or the unanswered response deadline passed. */
function overdue(dialect: Dialect, now: Date): SqlCondition {
  const at = toSqlDate(dialect, now);
  return {
    sql:
      `(t.status IN (${placeholders(OPEN_UNPOSTPONED)}) AND ((t.resolution_due_at IS NOT NULL AND t.resolution_due_at < ?)` +
      ' OR (t.first_response_at IS NULL AND t.response_due_at IS NOT NULL AND t.response_due_at < ?)))',
    params: [...OPEN_UNPOSTPONED, at, at],
  };
}

function withStatus(statuses: readonly string[], dialect: Dialect, now: Date): SqlCondition {
  const late = overdue(dialect, now);
  return { sql: `(t.status IN (${placeholders(statuses)}) AND NOT ${late.sql})`, params: [...statuses, ...late.params] };
}

/**
 * Which tickets of a cartable each tab shows, as a condition on `tickets t`. The tabs do not
 * overlap: a late ticket is under "overdue" only, so that the counts add up to the cartable.
 */
export function cartableTabCondition(tab: CartableTabName, dialect: Dialect, now: Date): SqlCondition {
  switch (tab) {
    case 'new':
      return withStatus(TAB_STATUSES.new, dialect, now);
    case 'inProgress':
      return withStatus(TAB_STATUSES.inProgress, dialect, now);
    case 'postponed':
      return { sql: 't.status = ?', params: ['postponed'] };
    case 'overdue':
      return overdue(dialect, now);
    case 'resolved':
      return { sql: 't.status = ?', params: ['resolved'] };
  }
}
