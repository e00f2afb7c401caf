import type { SqlExecutor } from '../database.js';
import { firstRows } from './first-rows.js';
import { insertRow } from './insert-row.js';

/**
 * What the API and the workers ask of the telephony process, which may run elsewhere: presence
 * changes, transfer and hold of a live call, automated feedback calls.
 */
export type TelephonyCommand =
  | { readonly kind: 'presence'; readonly userId: number }
  | { readonly kind: 'transfer'; readonly userId: number; readonly toUserId: number }
  | { readonly kind: 'hold'; readonly userId: number }
  | { readonly kind: 'resume'; readonly userId: number }
  | { readonly kind: 'reloadIvr' }
  /**
   * An automated satisfaction survey call. It completes with `{ surveyResponse }` once someone
   * answered or the dial attempts ran out, or with `{ next }`, the id of the redial stored for later.
   */
  | {
      readonly kind: 'feedbackCall';
      readonly ticketId: number;
      readonly trackingCode: string;
      /** The number to dial, E.164. */
      readonly phone: string;
      /** From 1; the dial policy decides about another. */
      readonly dialAttempt: number;
    };

export interface StoredCommand {
  readonly id: number;
  readonly command: TelephonyCommand;
}

/** Stores a command; with an idempotency key, a second one with the same key is not stored again. Returns the id. */
export async function storeTelephonyCommand(sql: SqlExecutor, command: TelephonyCommand, options: { at: Date; dueAt?: Date; idempotencyKey?: string }): Promise<number> {
  if (options.idempotencyKey !== undefined) {
    const [existing] = await sql.all<{ id: number }>('SELECT id FROM telephony_commands WHERE idempotency_key = ?', [options.idempotencyKey]);
    if (existing !== undefined) return Number(existing.id);
  }
  const { kind, ...payload } = command;
  return insertRow(sql, 'telephony_commands', {
    kind,
    payload: JSON.stringify(payload),
    idempotency_key: options.idempotencyKey ?? null,
    created_at: options.at,
    due_at: options.dueAt ?? options.at,
  });
}

/** Takes the due commands not yet taken, oldest first, marking them taken. */
export async function takeDueTelephonyCommands(sql: SqlExecutor, now: Date, limit = 50): Promise<StoredCommand[]> {
  const rows = await sql.all<{ id: number; kind: string; payload: string }>(
    `SELECT id, kind, payload FROM telephony_commands WHERE done_at IS NULL AND taken_at IS NULL AND due_at <= ? ORDER BY id ${firstRows(sql.dialect, limit)}`,
    [now],
  );
  const taken = rows;
  if (taken.length > 0) await sql.all(`UPDATE telephony_commands SET taken_at = ? WHERE id IN (${taken.map(() => '?').join(', ')})`, [now, ...taken.map((row) => row.id)]);
  return taken.map((row) => ({ id: Number(row.id), command: { kind: row.kind, ...(JSON.parse(row.payload) as object) } as TelephonyCommand }));
}

export async function completeTelephonyCommand(sql: SqlExecutor, id: number, result: unknown, at: Date): Promise<void> {
  await sql.all('UPDATE telephony_commands SET done_at = ?, result = ? WHERE id = ?', [at, JSON.stringify(result ?? null), id]);
}

/**
 * Commands a telephony process had taken when it stopped: handed out again at its next start
 * (a feedback call that was ringing is dialled anew).
 */
export async function releaseTakenTelephonyCommands(sql: SqlExecutor): Promise<void> {
  await sql.all('UPDATE telephony_commands SET taken_at = NULL WHERE done_at IS NULL AND taken_at IS NOT NULL');
}

/** A command's result once it is done, or undefined while it is not. */
export async function telephonyCommandResult(sql: SqlExecutor, id: number): Promise<{ readonly result: unknown } | undefined> {
  const [row] = await sql.all<{ done_at: unknown; result: string | null }>('SELECT done_at, result FROM telephony_commands WHERE id = ?', [id]);
  if (row === undefined || row.done_at === null || row.done_at === undefined) return undefined;
  return { result: row.result === null ? null : (JSON.parse(row.result) as unknown) };
}
