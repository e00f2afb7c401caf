import { DataTypes, type QueryInterface } from 'sequelize';
import type { Migration } from './migration.js';

const id = { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true, allowNull: false };
const integer = { type: DataTypes.INTEGER, allowNull: false };
const optionalInteger = { type: DataTypes.INTEGER, allowNull: true };
const text = (length: number) => ({ type: DataTypes.STRING(length), allowNull: false });
const optionalText = (length: number) => ({ type: DataTypes.STRING(length), allowNull: true });
const longText = { type: DataTypes.TEXT, allowNull: false };
const optionalLongText = { type: DataTypes.TEXT, allowNull: true };
const time = { type: DataTypes.DATE, allowNull: false };
const optionalTime = { type: DataTypes.DATE, allowNull: true };

async function index(q: QueryInterface, table: string, fields: string[], unique = false): Promise<void> {
  await q.addIndex(table, fields, { unique, name: `${table}_${fields.join('_')}${unique ? '_unique' : ''}` });
}

/**
 * The contact center: every call (inbound through the IVR, outbound feedback surveys) with its path,
 * queue, wait, talk time and outcome; every offer of a call to an operator's phone; operator presence;
 * the versioned IVR definitions; and the commands the API and the workers leave for the telephony
 * process. Calls and offers are what the operator metrics are computed from.
 */
export const telephony: Migration = {
  name: '20261123-20-telephony',
  async up({ queryInterface: q }) {
    // `tickets.call_id` refers to a row here: the call during which the ticket was registered.
    await q.createTable('calls', {
      id,
      // The telephony process's key: the caller's channel id, or the UUID of an outbound call.
      call_key: text(64),
      direction: text(8),
      purpose: text(16),
      caller_number: optionalText(64),
      caller_phone: optionalText(20),
      person_id: optionalInteger,
      contractor_id: optionalInteger,
      ivr_version: optionalInteger,
      ivr_path: optionalText(64),
      queue_id: optionalText(64),
      category_code: optionalText(64),
      operator_user_id: optionalInteger,
      started_at: time,
      enqueued_at: optionalTime,
      answered_at: optionalTime,
      ended_at: optionalTime,
      wait_ms: optionalInteger,
      talk_ms: optionalInteger,
      outcome: optionalText(16),
      recording_name: optionalText(200),
      recording_path: optionalText(500),
      ticket_id: optionalInteger,
    });
    await index(q, 'calls', ['call_key'], true);
    await index(q, 'calls', ['started_at']);
    await index(q, 'calls', ['person_id', 'started_at']);
    await index(q, 'calls', ['caller_phone', 'started_at']);
    await index(q, 'calls', ['operator_user_id', 'started_at']);

    // One row per ring of an operator's phone: answered, missed (no answer, busy, declined) or withdrawn.
    await q.createTable('call_offers', {
      id,
      call_id: integer,
      operator_user_id: integer,
      queue_id: text(64),
      transfer: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
      offered_at: time,
      ended_at: optionalTime,
      result: optionalText(16),
      ring_ms: optionalInteger,
    });
    await index(q, 'call_offers', ['call_id']);
    await index(q, 'call_offers', ['operator_user_id', 'offered_at']);

    await q.createTable('operator_presence', {
      user_id: { ...integer, primaryKey: true },
      endpoint: text(100),
      // JSON list of queue ids.
      queue_ids: longText,
      status: text(16),
      reason: optionalText(200),
      since: time,
      updated_at: time,
    });

    // Versions are never edited: the administrator creates a new one and activates it.
    await q.createTable('ivr_definitions', {
      version: { ...integer, primaryKey: true },
      definition: longText,
      comment: optionalText(500),
      created_by_user_id: optionalInteger,
      created_at: time,
      activated_at: optionalTime,
      active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
    });

    await q.createTable('telephony_commands', {
      id,
      kind: text(32),
      payload: longText,
      idempotency_key: optionalText(200),
      created_at: time,
      // Not before this time (a redial later).
      due_at: time,
      taken_at: optionalTime,
      done_at: optionalTime,
      result: optionalLongText,
    });
    await index(q, 'telephony_commands', ['done_at', 'due_at']);
    await index(q, 'telephony_commands', ['idempotency_key'], true);
  },
};
