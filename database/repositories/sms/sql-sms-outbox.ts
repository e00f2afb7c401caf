import type { Language } from '../../../core/i18n/language.js';
import { OUTBOX_PROVIDER, type DeliveryReport, type OutgoingSms, type QueuedSms, type SmsOutbox } from '../../../core/notifications/sms-outbox.js';
import type { Database } from '../../database.js';
import { toSqlDate } from '../tickets/sql-date.js';

type Row = Record<string, unknown>;

function outgoing(row: Row): OutgoingSms {
  return {
    id: Number(row.id),
    idempotencyKey: String(row.idempotency_key),
    event: String(row.event),
    ticketId: row.ticket_id === null ? null : Number(row.ticket_id),
    to: String(row.to_phone),
    language: String(row.language) as Language,
    body: String(row.body),
    attempts: Number(row.attempts),
  };
}

const limitClause = (dialect: string, limit: number) => (dialect === 'mssql' ? '' : ` LIMIT ${Math.floor(limit)}`);
const top = (dialect: string, limit: number) => (dialect === 'mssql' ? ` TOP ${Math.floor(limit)}` : '');

/**
 * The SMS outbox in `sms_messages`. Each state change commits on its own: a message is marked
 * `sending` and committed before the provider is called, so that a crash can only ever lose
 * a send, never repeat one.
 */
export class SqlSmsOutbox implements SmsOutbox {
  constructor(private readonly db: Database) {}

  private date(value: Date | null) {
    return toSqlDate(this.db.dialect, value);
  }

  private async update(sql: string, params: readonly unknown[]): Promise<void> {
    await this.db.transaction((tx) => tx.sql.all(sql, params));
  }

  async enqueue(messages: readonly QueuedSms[], provider: string, now: Date): Promise<number> {
    // The outbox provider sends nothing: its messages are stored at once rather than claimed and
    // marked stored by the dispatcher, two more commits per message.
    const [status, sentAt, nextAttemptAt] = provider === OUTBOX_PROVIDER ? ['stored', this.date(now), null] : ['queued', null, this.date(now)];
    return this.db.transaction(async (tx) => {
      let queued = 0;
      for (const message of messages) {
        const [existing] = await tx.sql.all<Row>('SELECT id FROM sms_messages WHERE idempotency_key = ?', [message.idempotencyKey]);
        if (existing) continue;
        // A concurrent step may have queued the same key meanwhile: the unique key keeps one.
        const conflict = this.db.dialect === 'mssql' ? ' OUTPUT INSERTED.id' : '';
        const returning = this.db.dialect === 'mssql' ? '' : ' ON CONFLICT (idempotency_key) DO NOTHING RETURNING id';
        const inserted = await tx.sql.all(
          `INSERT INTO sms_messages (idempotency_key, event, ticket_id, to_phone, language, body, status, provider, attempts, created_at, sent_at, next_attempt_at)${conflict} VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)${returning}`,
          [message.idempotencyKey, message.event, message.ticketId, message.to, message.language, message.body, status, provider, this.date(now), sentAt, nextAttemptAt],
        );
        queued += inserted.length;
      }
      return queued;
    });
  }

  async claimDue(now: Date, limit: number, leaseUntil: Date): Promise<OutgoingSms[]> {
    return this.db.transaction(async (tx) => {
      const lock = this.db.dialect === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '';
      const hint = this.db.dialect === 'mssql' ? ' WITH (UPDLOCK, READPAST, ROWLOCK)' : '';
      const rows = await tx.sql.all<Row>(
        `SELECT${top(this.db.dialect, limit)} * FROM sms_messages${hint} WHERE status = 'queued' AND next_attempt_at <= ? ORDER BY next_attempt_at, id${limitClause(this.db.dialect, limit)}${lock}`,
        [this.date(now)],
      );
      if (rows.length === 0) return [];
      const ids = rows.map((row) => Number(row.id));
      await tx.sql.all(`UPDATE sms_messages SET status = 'sending', attempts = attempts + 1, next_attempt_at = ? WHERE id IN (${ids.map(() => '?').join(', ')})`, [this.date(leaseUntil), ...ids]);
      return rows.map((row) => ({ ...outgoing(row), attempts: Number(row.attempts) + 1 }));
    });
  }

  markSent(id: number, providerMessageId: string | null, at: Date): Promise<void> {
    return this.update("UPDATE sms_messages SET status = 'sent', provider_message_id = ?, sent_at = ?, next_attempt_at = NULL, last_error = NULL WHERE id = ?", [providerMessageId, this.date(at), id]);
  }

  markStored(id: number, at: Date): Promise<void> {
    return this.update("UPDATE sms_messages SET status = 'stored', sent_at = ?, next_attempt_at = NULL WHERE id = ?", [this.date(at), id]);
  }

  markRetry(id: number, error: string, nextAttemptAt: Date): Promise<void> {
    return this.update("UPDATE sms_messages SET status = 'queued', last_error = ?, next_attempt_at = ? WHERE id = ?", [error, this.date(nextAttemptAt), id]);
  }

  markFailed(id: number, error: string): Promise<void> {
    return this.update("UPDATE sms_messages SET status = 'failed', last_error = ?, next_attempt_at = NULL WHERE id = ?", [error, id]);
  }

  markUnknown(id: number, error: string): Promise<void> {
    return this.update("UPDATE sms_messages SET status = 'unknown', last_error = ?, next_attempt_at = NULL WHERE id = ?", [error, id]);
  }

  async recoverInterrupted(now: Date): Promise<number> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.sql.all<Row>("SELECT id FROM sms_messages WHERE status = 'sending' AND next_attempt_at < ?", [this.date(now)]);
      if (rows.length === 0) return 0;
      const ids = rows.map((row) => Number(row.id));
      await tx.sql.all(`UPDATE sms_messages SET status = 'unknown', last_error = ?, next_attempt_at = NULL WHERE id IN (${ids.map(() => '?').join(', ')})`, ['interrupted while sending: it may or may not have gone out', ...ids]);
      return ids.length;
    });
  }

  async listUnknown(provider: string, limit: number): Promise<OutgoingSms[]> {
    const rows = await this.db.read.all<Row>(`SELECT${top(this.db.dialect, limit)} * FROM sms_messages WHERE status = 'unknown' AND provider = ? ORDER BY id${limitClause(this.db.dialect, limit)}`, [provider]);
    return rows.map(outgoing);
  }

  requeue(id: number, now: Date): Promise<void> {
    return this.update("UPDATE sms_messages SET status = 'queued', next_attempt_at = ? WHERE id = ? AND status = 'unknown'", [this.date(now), id]);
  }

  async awaitingDelivery(provider: string, sentSince: Date, checkedBefore: Date, limit: number): Promise<Array<{ id: number; providerMessageId: string }>> {
    const rows = await this.db.read.all<Row>(
      `SELECT${top(this.db.dialect, limit)} id, provider_message_id FROM sms_messages WHERE status = 'sent' AND provider = ? AND provider_message_id IS NOT NULL AND sent_at >= ? AND (status_checked_at IS NULL OR status_checked_at < ?) ORDER BY id${limitClause(this.db.dialect, limit)}`,
      [provider, this.date(sentSince), this.date(checkedBefore)],
    );
    return rows.map((row) => ({ id: Number(row.id), providerMessageId: String(row.provider_message_id) }));
  }

  async markChecked(ids: readonly number[], at: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.update(`UPDATE sms_messages SET status_checked_at = ? WHERE id IN (${ids.map(() => '?').join(', ')})`, [this.date(at), ...ids]);
  }

  recordDelivery(provider: string, report: DeliveryReport): Promise<void> {
    const delivered = report.status === 'delivered';
    return this.update(
      `UPDATE sms_messages SET status = ?, delivered_at = ?, status_checked_at = ? WHERE provider = ? AND provider_message_id = ? AND status IN ('sent', 'unknown')`,
      [report.status, delivered ? this.date(report.at) : null, this.date(report.at), provider, report.providerMessageId],
    );
  }
}

