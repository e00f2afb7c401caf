import type { SqlExecutor } from '../../database.js';
import { fromSqlDate, toSqlDate } from '../tickets/sql-date.js';
import type { ActionFact } from './action-fact.js';
import type { ReportFilter } from './report-filter.js';
import { ticketScopeCondition } from './ticket-scope-condition.js';

type Row = Record<string, unknown>;

const optionalId = (value: unknown) => (value === null || value === undefined || value === '' ? null : Number(value));

/** The payload fields the reports read; a payload that is not JSON leaves them empty. */
function payloadFields(kind: string, payload: unknown): Pick<ActionFact, 'byPositionId' | 'score'> {
  if (kind !== 'resolved' && kind !== 'feedback') return { byPositionId: null, score: null };
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(String(payload)) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof SyntaxError) return { byPositionId: null, score: null };
    throw error;
  }
  if (kind === 'resolved') return { byPositionId: optionalId(parsed.byPositionId), score: null };
  const response = parsed.response as { kind?: unknown; score?: unknown } | undefined;
  const score = response?.kind === 'answered' && typeof response.score === 'number' ? response.score : null;
  return { byPositionId: null, score };
}

/**
 * The log entries of the given kinds on tickets in the filter's scope (whenever those were
 * registered), made at or after `from` and, unless `openEnded`, before `to`; in log order.
 */
export async function loadActionFacts(read: SqlExecutor, filter: ReportFilter, kinds: readonly string[], options: { readonly openEnded?: boolean } = {}): Promise<ActionFact[]> {
  if (kinds.length === 0) return [];
  const scope = ticketScopeCondition(filter);
  const until = options.openEnded ? '' : ' AND a.at < ?';
  const rows = await read.all<Row>(
    `SELECT a.id, a.ticket_id, a.kind, a.at, a.actor_user_id, a.actor_person_id, a.actor_position_id, a.payload, t.registered_at FROM ticket_actions a JOIN tickets t ON t.id = a.ticket_id` +
      ` WHERE a.kind IN (${kinds.map(() => '?').join(', ')}) AND a.at >= ?${until} AND ${scope.sql} ORDER BY a.ticket_id, a.id`,
    [...kinds, toSqlDate(read.dialect, filter.from), ...(options.openEnded ? [] : [toSqlDate(read.dialect, filter.to)]), ...scope.params],
  );
  return rows.map((row) => ({
    id: Number(row.id),
    ticketId: Number(row.ticket_id),
    kind: String(row.kind),
    at: fromSqlDate(row.at)!,
    ticketRegisteredAt: fromSqlDate(row.registered_at)!,
    actorUserId: optionalId(row.actor_user_id),
    actorPersonId: optionalId(row.actor_person_id),
    actorPositionId: optionalId(row.actor_position_id),
    ...payloadFields(String(row.kind), row.payload),
  }));
}
