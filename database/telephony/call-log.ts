import type { SqlExecutor } from '../database.js';
import { insertRow, updateRow } from './insert-row.js';

export interface NewCall {
  readonly callKey: string;
  readonly direction: 'inbound' | 'outbound';
  readonly purpose: 'service' | 'feedback';
  readonly callerNumber: string | null;
  readonly callerPhone: string | null;
  readonly ivrVersion: number | null;
  readonly startedAt: Date;
}

/** Columns of `calls` that change as the call goes on. */
export interface CallChanges {
  readonly personId?: number | null;
  readonly contractorId?: number | null;
  readonly ivrPath?: string | null;
  readonly queueId?: string | null;
  readonly categoryCode?: string | null;
  readonly operatorUserId?: number | null;
  readonly enqueuedAt?: Date | null;
  readonly answeredAt?: Date | null;
  readonly endedAt?: Date | null;
  readonly waitMs?: number | null;
  readonly talkMs?: number | null;
  readonly outcome?: string | null;
  readonly recordingName?: string | null;
  readonly recordingPath?: string | null;
  readonly ticketId?: number | null;
}

const columnOf: Readonly<Record<keyof CallChanges, string>> = {
  personId: 'person_id',
  contractorId: 'contractor_id',
  ivrPath: 'ivr_path',
  queueId: 'queue_id',
  categoryCode: 'category_code',
  operatorUserId: 'operator_user_id',
  enqueuedAt: 'enqueued_at',
  answeredAt: 'answered_at',
  endedAt: 'ended_at',
  waitMs: 'wait_ms',
  talkMs: 'talk_ms',
  outcome: 'outcome',
  recordingName: 'recording_name',
  recordingPath: 'recording_path',
  ticketId: 'ticket_id',
};

/** Stores a new call and returns its id (the `callId` of the call events and of `tickets.call_id`). */
export function insertCall(sql: SqlExecutor, call: NewCall): Promise<number> {
  return insertRow(sql, 'calls', {
    call_key: call.callKey,
    direction: call.direction,
    purpose: call.purpose,
    caller_number: call.callerNumber,
    caller_phone: call.callerPhone,
    ivr_version: call.ivrVersion,
    started_at: call.startedAt,
  });
}

export function updateCall(sql: SqlExecutor, callId: number, changes: CallChanges): Promise<void> {
  const row: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) if (value !== undefined) row[columnOf[key as keyof CallChanges]] = value;
  return updateRow(sql, 'calls', callId, row);
}

/** An operator's phone rings for a call; returns the offer's id. */
export function insertCallOffer(sql: SqlExecutor, offer: { callId: number; operatorUserId: number; queueId: string; transfer: boolean; offeredAt: Date }): Promise<number> {
  return insertRow(sql, 'call_offers', {
    call_id: offer.callId,
    operator_user_id: offer.operatorUserId,
    queue_id: offer.queueId,
    transfer: offer.transfer,
    offered_at: offer.offeredAt,
  });
}

/** How the ring ended: `answered`, `noAnswer`, `busy`, `rejected`, `unreachable` or `withdrawn`. */
export function closeCallOffer(sql: SqlExecutor, offerId: number, result: string, endedAt: Date, ringMs: number): Promise<void> {
  return updateRow(sql, 'call_offers', offerId, { result, ended_at: endedAt, ring_ms: ringMs });
}

export interface StoredCall {
  readonly id: number;
  readonly callKey: string;
  readonly personId: number | null;
  readonly callerPhone: string | null;
  readonly operatorUserId: number | null;
  readonly recordingPath: string | null;
  readonly ticketId: number | null;
  readonly endedAt: unknown;
}

export async function getCall(sql: SqlExecutor, callId: number): Promise<StoredCall | undefined> {
  const [row] = await sql.all<{ id: number; call_key: string; person_id: number | null; caller_phone: string | null; operator_user_id: number | null; recording_path: string | null; ticket_id: number | null; ended_at: unknown }>(
    'SELECT id, call_key, person_id, caller_phone, operator_user_id, recording_path, ticket_id, ended_at FROM calls WHERE id = ?',
    [callId],
  );
  if (row === undefined) return undefined;
  return {
    id: Number(row.id),
    callKey: row.call_key,
    personId: row.person_id === null ? null : Number(row.person_id),
    callerPhone: row.caller_phone,
    operatorUserId: row.operator_user_id === null ? null : Number(row.operator_user_id),
    recordingPath: row.recording_path,
    ticketId: row.ticket_id === null ? null : Number(row.ticket_id),
    endedAt: row.ended_at,
  };
}
