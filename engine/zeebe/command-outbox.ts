import { randomUUID } from 'node:crypto';
import type { Database, Dialect, Tx } from '../../database/database.js';
import { sqlLiteral } from '../../database/sql-literal.js';
import type { EngineCommand } from './engine-command.js';

export interface OutboxEntry {
  readonly id: string;
  readonly command: EngineCommand;
  readonly attempts: number;
  readonly state: 'PENDING' | 'FAILED';
  readonly lastError: string | undefined;
}

interface OutboxRow {
  id: string;
  payload: string;
  attempts: number | string;
  state: 'PENDING' | 'FAILED';
  last_error: string | null;
}

const columns = 'id, payload, attempts, state, last_error';

function toEntry(row: OutboxRow): OutboxEntry {
  return { id: row.id, command: JSON.parse(row.payload) as EngineCommand, attempts: Number(row.attempts), state: row.state, lastError: row.last_error ?? undefined };
}

function firstIds(dialect: Dialect, limit: number): string {
  const due = "state = 'PENDING' AND claimed_until <= ?";
  if (dialect === 'mssql') return `SELECT TOP (${limit}) id FROM engine_outbox WHERE ${due} ORDER BY created_at, ordinal`;
  return `SELECT id FROM engine_outbox WHERE ${due} ORDER BY created_at, ordinal LIMIT ${limit}`;
}

/**
 * The outbox table: commands written in the caller's transaction, held by one sender at a time
 * through a lease, removed once the engine acknowledged them.
 */
export class CommandOutbox {
  private ordinal = 0;

  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {}

  /** Stores the command in `tx`, held by the caller until `leaseMs` from now so that no sweep sends it first. */
  async add(tx: Tx, command: EngineCommand, leaseMs: number): Promise<OutboxEntry> {
    const id = randomUUID();
    const now = this.now();
    this.ordinal = (this.ordinal + 1) % 1_000_000_000;
    const values = [id, command.kind, JSON.stringify(command), now, this.ordinal, 'PENDING', id, now + leaseMs, 0];
    await tx.sql.exec(
      `INSERT INTO engine_outbox (id, kind, payload, created_at, ordinal, state, claim, claimed_until, attempts) VALUES (${values
        .map((value) => sqlLiteral(tx.sql.dialect, value))
        .join(', ')})`,
    );
    return { id, command, attempts: 0, state: 'PENDING', lastError: undefined };
  }

  /** Takes up to `limit` pending commands whose lease has run out, oldest first, for `leaseMs`. */
  async claimDue(limit: number, leaseMs: number): Promise<OutboxEntry[]> {
    const claim = randomUUID();
    const now = this.now();
    return this.db.transaction(async (tx) => {
      const due = await tx.sql.all<{ id: string }>(firstIds(tx.sql.dialect, limit), [now]);
      if (due.length === 0) return [];
      const ids = due.map((row) => row.id);
      await tx.sql.all(
        `UPDATE engine_outbox SET claim = ?, claimed_until = ? WHERE state = 'PENDING' AND claimed_until <= ? AND id IN (${ids.map(() => '?').join(', ')})`,
        [claim, now + leaseMs, now, ...ids],
      );
      const rows = await tx.sql.all<OutboxRow>(`SELECT ${columns} FROM engine_outbox WHERE claim = ? ORDER BY created_at, ordinal`, [claim]);
      return rows.map(toEntry);
    });
  }

  async remove(id: string): Promise<void> {
    await this.db.transaction((tx) => tx.sql.all('DELETE FROM engine_outbox WHERE id = ?', [id]));
  }

  /** Releases the command to whichever sender sweeps after `delayMs`. */
  async retryLater(id: string, error: string, delayMs: number): Promise<void> {
    await this.db.transaction((tx) =>
      tx.sql.all('UPDATE engine_outbox SET claim = NULL, claimed_until = ?, attempts = attempts + 1, last_error = ? WHERE id = ?', [this.now() + delayMs, error, id]),
    );
  }

  /** Gives commands back unsent, for a sweep after `delayMs`. */
  async release(ids: readonly string[], delayMs: number): Promise<void> {
    await this.db.transaction((tx) =>
      tx.sql.all(`UPDATE engine_outbox SET claim = NULL, claimed_until = ? WHERE id IN (${ids.map(() => '?').join(', ')})`, [this.now() + delayMs, ...ids]),
    );
  }

  /** Keeps a command the engine refused for good, for an operator; it is not sent again. */
  async markFailed(id: string, error: string): Promise<void> {
    await this.db.transaction((tx) =>
      tx.sql.all("UPDATE engine_outbox SET state = 'FAILED', claim = NULL, attempts = attempts + 1, last_error = ? WHERE id = ?", [error, id]),
    );
  }

  /** Every stored command, oldest first (for operators and tests). */
  async list(): Promise<OutboxEntry[]> {
    const rows = await this.db.read.all<OutboxRow>(`SELECT ${columns} FROM engine_outbox ORDER BY created_at, ordinal`);
    return rows.map(toEntry);
  }
}
