import { toSqlDate } from '../tickets/sql-date.js';
import { ratio } from './duration-stats.js';
import type { ReportInput } from './report-input.js';
import { ticketScopeCondition } from './ticket-scope-condition.js';

export interface OperatorRow {
  readonly userId: number;
  /** Times their phone rang, answered, and missed (no answer, busy, declined). */
  readonly offered: number;
  readonly answered: number;
  readonly missed: number;
  readonly answerRate: number | null;
  /** Seconds the phone rang before they answered, on average. */
  readonly averageRingSeconds: number | null;
  /** Calls they talked on: how long those callers had waited in the queue, and the talk time. */
  readonly calls: number;
  readonly averageWaitSeconds: number | null;
  readonly talkSeconds: number;
  readonly averageTalkSeconds: number | null;
  /** Tickets they registered, and of those during a call. */
  readonly ticketsRegistered: number;
  readonly ticketsFromCalls: number;
}

export interface QueueRow {
  readonly queueId: string;
  readonly offered: number;
  readonly answered: number;
  readonly abandoned: number;
  readonly voicemail: number;
  readonly abandonRate: number | null;
  /** Of answered calls: the average wait; of abandoned ones: how long callers waited before hanging up. */
  readonly averageWaitSeconds: number | null;
  readonly averageAbandonedWaitSeconds: number | null;
  readonly longestWaitSeconds: number;
  /** Share of offered calls answered within `SERVICE_LEVEL_SECONDS`. */
  readonly serviceLevel: number | null;
  readonly talkSeconds: number;
}

export interface OperatorReport {
  readonly operators: readonly OperatorRow[];
  /** Empty for a reader who oversees no operator. */
  readonly queues: readonly QueueRow[];
}

/** The usual contact-center service level: answered within 20 seconds. */
export const SERVICE_LEVEL_SECONDS = 20;

const MISSED = ['noAnswer', 'busy', 'rejected'];
type Row = Record<string, unknown>;
const n = (value: unknown) => (value === null || value === undefined ? 0 : Number(value));
const seconds = (ms: number) => Math.round(ms / 100) / 10;
const perItem = (totalMs: number, count: number) => (count === 0 ? null : seconds(totalMs / count));

/**
 * The contact center's operators (everyone with the operator role whose positions are in the
 * reader's scope, and anyone else a call rang for when the scope is the whole organization): rings,
 * answers, misses, waits and talk time from the telephony tables, and the tickets they registered;
 * and the queues' offered, answered, abandoned and voicemail calls.
 */
export async function operatorReport(input: ReportInput): Promise<OperatorReport> {
  const { read, filter, reference } = input;
  // The telephony process writes call times as the driver binds a Date, so they are compared the same way.
  const range = [filter.from, filter.to];
  const [offers, calls, tickets, queues] = await Promise.all([
    read.all<Row>(
      `SELECT operator_user_id, COUNT(*) AS offered, SUM(CASE WHEN result = 'answered' THEN 1 ELSE 0 END) AS answered,` +
        ` SUM(CASE WHEN result IN (${MISSED.map(() => '?').join(', ')}) THEN 1 ELSE 0 END) AS missed,` +
        ` SUM(CASE WHEN result = 'answered' THEN COALESCE(ring_ms, 0) ELSE 0 END) AS answered_ring_ms` +
        ' FROM call_offers WHERE offered_at >= ? AND offered_at < ? GROUP BY operator_user_id',
      [...MISSED, ...range],
    ),
    read.all<Row>(
      "SELECT operator_user_id, COUNT(*) AS calls, SUM(COALESCE(wait_ms, 0)) AS wait_ms, SUM(COALESCE(talk_ms, 0)) AS talk_ms FROM calls WHERE operator_user_id IS NOT NULL AND answered_at IS NOT NULL AND started_at >= ? AND started_at < ? GROUP BY operator_user_id",
      range,
    ),
    (() => {
      const scope = ticketScopeCondition({ ...filter, positionIds: null });
      return read.all<Row>(
        `SELECT t.registered_by_user_id, COUNT(*) AS registered, SUM(CASE WHEN t.call_id IS NOT NULL THEN 1 ELSE 0 END) AS from_calls FROM tickets t` +
          ` WHERE t.registered_by_user_id IS NOT NULL AND t.registered_at >= ? AND t.registered_at < ? AND ${scope.sql} GROUP BY t.registered_by_user_id`,
        [toSqlDate(read.dialect, filter.from), toSqlDate(read.dialect, filter.to), ...scope.params],
      );
    })(),
    read.all<Row>(
      `SELECT queue_id, COUNT(*) AS offered, SUM(CASE WHEN outcome = 'answered' THEN 1 ELSE 0 END) AS answered,` +
        ` SUM(CASE WHEN outcome = 'abandoned' THEN 1 ELSE 0 END) AS abandoned, SUM(CASE WHEN outcome = 'voicemail' THEN 1 ELSE 0 END) AS voicemail,` +
        ` SUM(CASE WHEN outcome = 'answered' THEN COALESCE(wait_ms, 0) ELSE 0 END) AS answered_wait_ms,` +
        ` SUM(CASE WHEN outcome = 'abandoned' THEN COALESCE(wait_ms, 0) ELSE 0 END) AS abandoned_wait_ms, MAX(COALESCE(wait_ms, 0)) AS longest_wait_ms,` +
        ` SUM(CASE WHEN outcome = 'answered' AND COALESCE(wait_ms, 0) <= ? THEN 1 ELSE 0 END) AS within_level, SUM(COALESCE(talk_ms, 0)) AS talk_ms` +
        ' FROM calls WHERE enqueued_at IS NOT NULL AND queue_id IS NOT NULL AND started_at >= ? AND started_at < ? GROUP BY queue_id ORDER BY queue_id',
      [SERVICE_LEVEL_SECONDS * 1000, ...range],
    ),
  ]);

  const inScope = (userId: number): boolean => {
    if (filter.positionIds === null) return true;
    const personId = reference.users.get(userId)?.personId;
    if (personId === null || personId === undefined) return false;
    return filter.positionIds.some((positionId) => reference.holders.get(positionId)?.includes(personId));
  };
  const byUser = (rows: readonly Row[], column: string) => new Map(rows.map((row) => [n(row[column]), row]));
  const offersByUser = byUser(offers, 'operator_user_id');
  const callsByUser = byUser(calls, 'operator_user_id');
  const ticketsByUser = byUser(tickets, 'registered_by_user_id');
  const operatorIds = new Set<number>([...reference.users.values()].filter((user) => user.roles.includes('operator')).map((user) => user.id));
  if (filter.positionIds === null) for (const id of [...offersByUser.keys(), ...callsByUser.keys()]) operatorIds.add(id);

  const operators = [...operatorIds]
    .filter(inScope)
    .sort((a, b) => a - b)
    .map((userId): OperatorRow => {
      const offer = offersByUser.get(userId) ?? {};
      const call = callsByUser.get(userId) ?? {};
      const ticket = ticketsByUser.get(userId) ?? {};
      const answered = n(offer.answered);
      const callCount = n(call.calls);
      return {
        userId,
        offered: n(offer.offered),
        answered,
        missed: n(offer.missed),
        answerRate: ratio(answered, n(offer.offered)),
        averageRingSeconds: perItem(n(offer.answered_ring_ms), answered),
        calls: callCount,
        averageWaitSeconds: perItem(n(call.wait_ms), callCount),
        talkSeconds: seconds(n(call.talk_ms)),
        averageTalkSeconds: perItem(n(call.talk_ms), callCount),
        ticketsRegistered: n(ticket.registered),
        ticketsFromCalls: n(ticket.from_calls),
      };
    });

  const showQueues = filter.positionIds === null || operators.length > 0;
  return {
    operators,
    queues: !showQueues
      ? []
      : queues.map((row): QueueRow => {
          const offered = n(row.offered);
          const answered = n(row.answered);
          const abandoned = n(row.abandoned);
          return {
            queueId: String(row.queue_id),
            offered,
            answered,
            abandoned,
            voicemail: n(row.voicemail),
            abandonRate: ratio(abandoned, offered),
            averageWaitSeconds: perItem(n(row.answered_wait_ms), answered),
            averageAbandonedWaitSeconds: perItem(n(row.abandoned_wait_ms), abandoned),
            longestWaitSeconds: seconds(n(row.longest_wait_ms)),
            serviceLevel: ratio(n(row.within_level), offered),
            talkSeconds: seconds(n(row.talk_ms)),
          };
        }),
  };
}
