import type { SqlExecutor } from '../database.js';
import { toNumber } from './column-values.js';

export interface QueueMetrics {
  readonly queueId: string;
  /** Calls that entered the queue. */
  readonly offered: number;
  readonly answered: number;
  /** The caller hung up while waiting. */
  readonly abandoned: number;
  /** Sent to voicemail (maximum wait, nobody logged in). */
  readonly voicemail: number;
  readonly averageWaitMs: number;
  readonly averageAbandonedWaitMs: number;
  readonly longestWaitMs: number;
  readonly talkMs: number;
}

export interface OperatorMetrics {
  readonly operatorUserId: number;
  readonly queueId: string;
  /** Times their phone rang for a call of the queue. */
  readonly offered: number;
  readonly answered: number;
  /** Rings not answered, declined or busy. */
  readonly missed: number;
  readonly talkMs: number;
}

const MISSED = ['noAnswer', 'busy', 'rejected'];

/**
 * Calls offered, answered, abandoned (with the wait) and sent to voicemail per queue, and per
 * operator and queue the rings, answers, misses and talk time, for calls started in `[from, to)`.
 */
export async function callMetrics(sql: SqlExecutor, from: Date, to: Date): Promise<{ queues: QueueMetrics[]; operators: OperatorMetrics[] }> {
  const queueRows = await sql.all<Record<string, unknown>>(
    `SELECT queue_id,
            COUNT(*) AS offered,
            SUM(CASE WHEN outcome = 'answered' THEN 1 ELSE 0 END) AS answered,
            SUM(CASE WHEN outcome = 'abandoned' THEN 1 ELSE 0 END) AS abandoned,
            SUM(CASE WHEN outcome = 'voicemail' THEN 1 ELSE 0 END) AS voicemail,
            SUM(COALESCE(wait_ms, 0)) AS wait_ms,
            SUM(CASE WHEN outcome = 'abandoned' THEN COALESCE(wait_ms, 0) ELSE 0 END) AS abandoned_wait_ms,
            MAX(COALESCE(wait_ms, 0)) AS longest_wait_ms,
            SUM(COALESCE(talk_ms, 0)) AS talk_ms
       FROM calls WHERE enqueued_at IS NOT NULL AND started_at >= ? AND started_at < ? GROUP BY queue_id ORDER BY queue_id`,
    [from, to],
  );
  const offerRows = await sql.all<Record<string, unknown>>(
    `SELECT o.operator_user_id, o.queue_id, COUNT(*) AS offered,
            SUM(CASE WHEN o.result = 'answered' THEN 1 ELSE 0 END) AS answered,
            SUM(CASE WHEN o.result IN (${MISSED.map(() => '?').join(', ')}) THEN 1 ELSE 0 END) AS missed
       FROM call_offers o WHERE o.offered_at >= ? AND o.offered_at < ? GROUP BY o.operator_user_id, o.queue_id`,
    [...MISSED, from, to],
  );
  const talkRows = await sql.all<Record<string, unknown>>(
    `SELECT operator_user_id, queue_id, SUM(COALESCE(talk_ms, 0)) AS talk_ms FROM calls
      WHERE operator_user_id IS NOT NULL AND started_at >= ? AND started_at < ? GROUP BY operator_user_id, queue_id`,
    [from, to],
  );
  const talk = new Map(talkRows.map((row) => [`${String(row.operator_user_id)}|${String(row.queue_id)}`, toNumber(row.talk_ms)]));
  return {
    queues: queueRows.map((row) => {
      const offered = toNumber(row.offered);
      const abandoned = toNumber(row.abandoned);
      return {
        queueId: String(row.queue_id),
        offered,
        answered: toNumber(row.answered),
        abandoned,
        voicemail: toNumber(row.voicemail),
        averageWaitMs: offered === 0 ? 0 : Math.round(toNumber(row.wait_ms) / offered),
        averageAbandonedWaitMs: abandoned === 0 ? 0 : Math.round(toNumber(row.abandoned_wait_ms) / abandoned),
        longestWaitMs: toNumber(row.longest_wait_ms),
        talkMs: toNumber(row.talk_ms),
      };
    }),
    operators: offerRows
      .map((row) => ({
        operatorUserId: toNumber(row.operator_user_id),
        queueId: String(row.queue_id),
        offered: toNumber(row.offered),
        answered: toNumber(row.answered),
        missed: toNumber(row.missed),
        talkMs: talk.get(`${String(row.operator_user_id)}|${String(row.queue_id)}`) ?? 0,
      }))
      .sort((a, b) => a.operatorUserId - b.operatorUserId || a.queueId.localeCompare(b.queueId)),
  };
}
