import type { RecordedTicketAction } from '../../../core/tickets/recorded-ticket-action.js';
import type { StoredTicket } from '../../../core/tickets/stored-ticket.js';
import type { TicketAction } from '../../../core/tickets/ticket-action.js';
import type { NewTicketAttachment, TicketAttachment } from '../../../core/tickets/ticket-attachment.js';
import type { TicketReadModel } from '../../../core/tickets/ticket-read-model.js';
import type { AppendOptions, TicketRepository } from '../../../core/tickets/ticket-repository.js';
import type { SqlExecutor } from '../../database.js';
import { decodeAction, encodeAction } from './ticket-action-codec.js';
import { fromSqlDate, idNumber, idText, toSqlDate } from './sql-date.js';

type Row = Record<string, unknown>;

const MODEL_COLUMNS = [
  'tracking_code',
  'channel',
  'request_type',
  'priority_code',
  'category_id',
  'location_id',
  'subject',
  'description',
  'search_text',
  'requester_person_id',
  'requester_name',
  'requester_phone',
  'status',
  'contractor_id',
  'escalation_level',
  'registered_at',
  'updated_at',
  'first_response_at',
  'resolved_at',
  'closed_at',
  'close_reason',
  'postponed_until',
  'response_due_at',
  'resolution_due_at',
  'call_id',
] as const;

/**
 * Tickets in SQL, on the unit of work's connection: the read model in `tickets`, the append-only
 * log in `ticket_actions`, the cartables in `ticket_assignments`, and `ticket_involvements`. Raw SQL
 * because registration and cartable moves are the hot path; dates are written as Sequelize writes them.
 */
export class SqlTicketRepository implements TicketRepository {
  /** The read model's columns as loadForUpdate found them, by ticket, so that update writes only what changed. */
  private readonly loaded = new Map<number, { readonly version: number; readonly values: readonly unknown[] }>();

  constructor(private readonly sql: SqlExecutor) {}

  private date(value: Date | null) {
    return toSqlDate(this.sql.dialect, value);
  }

  private modelValues(model: TicketReadModel): unknown[] {
    return [
      model.trackingCode,
      model.channel,
      model.requestType,
      model.priority,
      idNumber(model.categoryId),
      idNumber(model.locationId),
      model.subject,
      model.description,
      model.searchText,
      idNumber(model.requesterPersonId),
      model.requesterName,
      model.requesterPhone,
      model.status,
      idNumber(model.contractorId),
      model.escalationLevel,
      this.date(model.registeredAt),
      this.date(model.updatedAt),
      this.date(model.firstResponseAt),
      this.date(model.resolvedAt),
      this.date(model.closedAt),
      model.closeReason,
      this.date(model.postponedUntil),
      this.date(model.responseDueAt),
      this.date(model.resolutionDueAt),
      idNumber(model.callId),
    ];
  }

  /** `INSERT … RETURNING id` in each dialect's words, optionally ignoring a unique conflict. */
  private async insertReturningId(table: string, columns: readonly string[], values: readonly unknown[], onConflict?: string): Promise<number | null> {
    const placeholders = columns.map(() => '?').join(', ');
    if (this.sql.dialect === 'mssql') {
      const guard = onConflict ? `IF NOT EXISTS (SELECT 1 FROM ${table} WITH (UPDLOCK, HOLDLOCK) WHERE ${onConflict} = ?) ` : '';
      const rows = await this.sql.all<Row>(`${guard}INSERT INTO ${table} (${columns.join(', ')}) OUTPUT INSERTED.id VALUES (${placeholders})`, onConflict ? [values[columns.indexOf(onConflict)], ...values] : values);
      return rows[0] ? Number(rows[0].id) : null;
    }
    const conflict = onConflict ? ` ON CONFLICT (${onConflict}) DO NOTHING` : '';
    const rows = await this.sql.all<Row>(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders})${conflict} RETURNING id`, values);
    return rows[0] ? Number(rows[0].id) : null;
  }

  async insert(model: TicketReadModel, registeredByUserId: string | null): Promise<number | null> {
    return this.insertReturningId('tickets', [...MODEL_COLUMNS, 'registered_by_user_id', 'version'], [...this.modelValues(model), idNumber(registeredByUserId), 1], 'tracking_code');
  }

  async loadForUpdate(ticketId: number): Promise<StoredTicket | null> {
    const lock = this.sql.dialect === 'postgres' ? ' FOR UPDATE' : '';
    const hint = this.sql.dialect === 'mssql' ? ' WITH (UPDLOCK, ROWLOCK)' : '';
    return this.loadWith(`SELECT id, version, process_instance_key, feedback_process_instance_key, ${MODEL_COLUMNS.join(', ')} FROM tickets${hint} WHERE id = ?${lock}`, ticketId, false, (row) =>
      this.loaded.set(ticketId, { version: Number(row.version), values: MODEL_COLUMNS.map((column) => row[column]) }),
    );
  }

  async load(ticketId: number): Promise<StoredTicket | null> {
    return this.loadWith('SELECT id, version, process_instance_key, feedback_process_instance_key FROM tickets WHERE id = ?', ticketId, true);
  }

  private async loadWith(ticketSql: string, ticketId: number, withNames: boolean, onRow?: (row: Row) => void): Promise<StoredTicket | null> {
    const [ticket] = await this.sql.all<Row>(ticketSql, [ticketId]);
    if (!ticket) return null;
    onRow?.(ticket);
    const names = withNames
      ? ', u.display_name AS user_name, p.first_name AS person_first_name, p.last_name AS person_last_name FROM ticket_actions a LEFT JOIN users u ON u.id = a.actor_user_id LEFT JOIN people p ON p.id = a.actor_person_id'
      : ' FROM ticket_actions a';
    const actions = await this.sql.all<Row>(`SELECT a.id, a.kind, a.at, a.payload, a.visible_to_requester${names} WHERE a.ticket_id = ? ORDER BY a.id`, [ticketId]);
    const involvements = await this.sql.all<Row>('SELECT position_id FROM ticket_involvements WHERE ticket_id = ? ORDER BY since, position_id', [ticketId]);
    const history: RecordedTicketAction[] = actions.map((row) => {
      const person = [row.person_first_name, row.person_last_name].filter((part) => typeof part === 'string' && part !== '').join(' ');
      return {
        id: String(row.id),
        action: decodeAction(String(row.kind), fromSqlDate(row.at)!, String(row.payload)),
        visibleToRequester: Boolean(row.visible_to_requester),
        ...(withNames ? { actorName: (row.user_name as string | null) ?? (person || null) } : {}),
      };
    });
    return {
      id: Number(ticket.id),
      version: Number(ticket.version),
      processInstanceKey: idText(ticket.process_instance_key),
      feedbackProcessInstanceKey: idText(ticket.feedback_process_instance_key),
      history,
      involvedPositionIds: involvements.map((row) => String(row.position_id)),
    };
  }

  async findByIdempotencyKey(key: string): Promise<{ ticketId: number; actionId: string } | null> {
    const [row] = await this.sql.all<Row>('SELECT id, ticket_id FROM ticket_actions WHERE idempotency_key = ?', [key]);
    return row ? { ticketId: Number(row.ticket_id), actionId: String(row.id) } : null;
  }

  async append(ticketId: number, action: TicketAction, options: AppendOptions): Promise<string> {
    const encoded = encodeAction(action);
    const id = await this.insertReturningId(
      'ticket_actions',
      ['ticket_id', 'kind', 'at', 'actor_kind', 'actor_user_id', 'actor_person_id', 'actor_position_id', 'payload', 'visible_to_requester', 'idempotency_key'],
      [ticketId, encoded.kind, this.date(encoded.at), encoded.actorKind, idNumber(options.actorUserId), encoded.actorPersonId, encoded.actorPositionId, encoded.payload, options.visibleToRequester, options.idempotencyKey],
    );
    return String(id);
  }

  /**
   * Sets only the columns whose value differs from what loadForUpdate read at this version (all of
   * them otherwise): a column named in SET has its index entries rewritten even when its value
   * stays, and most actions change a few dates and the status of a row with six indexes.
   */
  async update(ticketId: number, expectedVersion: number, model: TicketReadModel): Promise<boolean> {
    const values = this.modelValues(model);
    const loaded = this.loaded.get(ticketId);
    const changed = MODEL_COLUMNS.flatMap((column, index) => (loaded?.version === expectedVersion && sameValue(loaded.values[index], values[index]) ? [] : [index]));
    const assignments = changed.map((index) => `${MODEL_COLUMNS[index]} = ?, `).join('');
    const returning = this.sql.dialect === 'mssql' ? '' : ' RETURNING id';
    const output = this.sql.dialect === 'mssql' ? ' OUTPUT INSERTED.id' : '';
    const rows = await this.sql.all<Row>(`UPDATE tickets SET ${assignments}version = version + 1${output} WHERE id = ? AND version = ?${returning}`, [...changed.map((index) => values[index]), ticketId, expectedVersion]);
    this.loaded.delete(ticketId);
    return rows.length === 1;
  }

  async setAssignments(ticketId: number, positionIds: readonly string[], since: Date): Promise<void> {
    await this.sql.all('DELETE FROM ticket_assignments WHERE ticket_id = ?', [ticketId]);
    if (positionIds.length === 0) return;
    const values = positionIds.flatMap((positionId) => [ticketId, idNumber(positionId), this.date(since)]);
    await this.sql.all(`INSERT INTO ticket_assignments (ticket_id, position_id, since) VALUES ${positionIds.map(() => '(?, ?, ?)').join(', ')}`, values);
  }

  async addInvolvements(ticketId: number, positionIds: readonly string[], since: Date): Promise<void> {
    const existing = new Set((await this.sql.all<Row>('SELECT position_id FROM ticket_involvements WHERE ticket_id = ?', [ticketId])).map((row) => String(row.position_id)));
    const added = [...new Set(positionIds)].filter((positionId) => !existing.has(positionId));
    if (added.length === 0) return;
    const values = added.flatMap((positionId) => [ticketId, idNumber(positionId), this.date(since)]);
    await this.sql.all(`INSERT INTO ticket_involvements (ticket_id, position_id, since) VALUES ${added.map(() => '(?, ?, ?)').join(', ')}`, values);
  }

  async setProcessInstanceKey(ticketId: number, process: 'lifecycle' | 'feedback', processInstanceKey: string | null): Promise<void> {
    const column = process === 'lifecycle' ? 'process_instance_key' : 'feedback_process_instance_key';
    await this.sql.all(`UPDATE tickets SET ${column} = ? WHERE id = ?`, [processInstanceKey, ticketId]);
  }

  async findIdByTrackingCode(trackingCode: string): Promise<number | null> {
    const [row] = await this.sql.all<Row>('SELECT id FROM tickets WHERE tracking_code = ?', [trackingCode]);
    return row ? Number(row.id) : null;
  }

  async listAttachments(ticketId: number): Promise<TicketAttachment[]> {
    const rows = await this.sql.all<Row>('SELECT id, file_name, content_type, size, sha256, storage_path, uploaded_by_user_id, created_at FROM ticket_attachments WHERE ticket_id = ? ORDER BY id', [ticketId]);
    return rows.map((row) => ({
      id: String(row.id),
      fileName: String(row.file_name),
      contentType: String(row.content_type),
      size: Number(row.size),
      sha256: String(row.sha256),
      storagePath: String(row.storage_path),
      uploadedByUserId: idText(row.uploaded_by_user_id),
      createdAt: fromSqlDate(row.created_at)!,
    }));
  }

  async addAttachment(ticketId: number, attachment: NewTicketAttachment): Promise<string> {
    const id = await this.insertReturningId(
      'ticket_attachments',
      ['ticket_id', 'kind', 'file_name', 'content_type', 'size', 'sha256', 'storage_path', 'uploaded_by_user_id', 'created_at'],
      [ticketId, 'file', attachment.fileName, attachment.contentType, attachment.size, attachment.sha256, attachment.storagePath, idNumber(attachment.uploadedByUserId), this.date(attachment.createdAt)],
    );
    return String(id);
  }
}

/**
 * Whether a column read back from the database holds the value about to be written. Only plain
 * values of the same text count as the same; a date object (as PostgreSQL's driver reads them) is
 * compared by instant, and anything in doubt counts as changed, which merely writes it again.
 */
function sameValue(stored: unknown, next: unknown): boolean {
  if (stored === null || stored === undefined || next === null || next === undefined) return (stored ?? null) === (next ?? null);
  if (stored instanceof Date || next instanceof Date) return stored instanceof Date && next instanceof Date && stored.getTime() === next.getTime();
  const plain = (value: unknown) => typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint';
  return plain(stored) && plain(next) && String(stored) === String(next);
}
