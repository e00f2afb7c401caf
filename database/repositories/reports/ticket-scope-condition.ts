import type { ReportFilter } from './report-filter.js';

export interface SqlCondition {
  readonly sql: string;
  readonly params: readonly unknown[];
}

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/**
 * The filter's scope, units and categories as a condition on `tickets` (named `alias`); the time
 * range is left to the caller. An empty list matches nothing rather than everything.
 */
export function ticketScopeCondition(filter: Omit<ReportFilter, 'from' | 'to'>, alias = 't'): SqlCondition {
  const parts: string[] = [];
  const params: unknown[] = [];
  const list = (ids: readonly number[], sql: (list: string) => string) => {
    if (ids.length === 0) parts.push('1 = 0');
    else {
      parts.push(sql(placeholders(ids)));
      params.push(...ids);
    }
  };
  if (filter.positionIds !== null) list(filter.positionIds, (ids) => `EXISTS (SELECT 1 FROM ticket_involvements ti WHERE ti.ticket_id = ${alias}.id AND ti.position_id IN (${ids}))`);
  if (filter.unitIds !== undefined) list(filter.unitIds, (ids) => `${alias}.requester_person_id IN (SELECT rp.id FROM people rp WHERE rp.unit_id IN (${ids}))`);
  if (filter.categoryIds !== undefined) list(filter.categoryIds, (ids) => `${alias}.category_id IN (${ids})`);
  return { sql: parts.length === 0 ? '1 = 1' : parts.join(' AND '), params };
}
