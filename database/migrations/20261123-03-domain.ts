import { DataTypes, type QueryInterface } from 'sequelize';
import type { Migration } from './migration.js';

const id = { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true, allowNull: false };
const ref = { type: DataTypes.INTEGER, allowNull: false };
const optionalRef = { type: DataTypes.INTEGER, allowNull: true };
const text = (length = 255) => ({ type: DataTypes.STRING(length), allowNull: false });
const optionalText = (length = 255) => ({ type: DataTypes.STRING(length), allowNull: true });
const longText = { type: DataTypes.TEXT, allowNull: true };
const flag = (defaultValue: boolean) => ({ type: DataTypes.BOOLEAN, allowNull: false, defaultValue });
const time = { type: DataTypes.DATE, allowNull: false };
const optionalTime = { type: DataTypes.DATE, allowNull: true };
const stamps = { created_at: time, updated_at: time };

async function index(q: QueryInterface, table: string, fields: string[], unique = false): Promise<void> {
  await q.addIndex(table, fields, { unique, name: `${table}_${fields.join('_')}${unique ? '_unique' : ''}` });
}

/**
 * The service desk's domain: the org chart, locations, contractors, the request catalogue,
 * routing rules, SLA targets and the business calendar, users and sessions, tickets with their
 * append-only action log and attachments, SMS templates and the SMS outbox, and the audit log of
 * administrative changes. Names are stored in Persian and English.
 */
export const domain: Migration = {
  name: '20261123-03-domain',
  async up({ queryInterface: q }) {
    await q.createTable('org_units', { id, parent_id: optionalRef, code: optionalText(64), name_fa: text(), name_en: text(), active: flag(true), ...stamps });
    await index(q, 'org_units', ['parent_id']);

    // A post; its parent is the post it reports to and where its tickets escalate.
    await q.createTable('positions', { id, parent_id: optionalRef, unit_id: ref, code: optionalText(64), title_fa: text(), title_en: text(), active: flag(true), ...stamps });
    await index(q, 'positions', ['parent_id']);
    await index(q, 'positions', ['unit_id']);

    await q.createTable('locations', { id, parent_id: optionalRef, kind: text(16), code: optionalText(64), name_fa: text(), name_en: text(), active: flag(true), ...stamps });
    await index(q, 'locations', ['parent_id']);

    await q.createTable('people', {
      id,
      personnel_code: text(32),
      first_name: text(100),
      last_name: text(100),
      full_name_en: optionalText(200),
      unit_id: optionalRef,
      location_id: optionalRef,
      extension: optionalText(16),
      email: optionalText(200),
      active: flag(true),
      ...stamps,
    });
    await index(q, 'people', ['personnel_code'], true);
    await index(q, 'people', ['unit_id']);

    // Canonical E.164 numbers; the caller-id lookup of the telephony app goes through this index.
    await q.createTable('person_phones', { person_id: { ...ref, primaryKey: true }, phone: { ...text(20), primaryKey: true }, kind: text(16) });
    await index(q, 'person_phones', ['phone']);

    await q.createTable('person_positions', { person_id: { ...ref, primaryKey: true }, position_id: { ...ref, primaryKey: true }, is_primary: flag(false) });
    await index(q, 'person_positions', ['position_id']);

    await q.createTable('contractors', { id, code: optionalText(64), name_fa: text(), name_en: text(), phone: optionalText(20), email: optionalText(200), active: flag(true), ...stamps });
    await q.createTable('contractor_contacts', { id, contractor_id: ref, name: text(200), phone: text(20), email: optionalText(200) });
    await index(q, 'contractor_contacts', ['contractor_id']);
    await q.createTable('contractor_supervisors', { contractor_id: { ...ref, primaryKey: true }, position_id: { ...ref, primaryKey: true } });

    // Defined by the admin; rank_order 1 is the most urgent.
    await q.createTable('priorities', { id, code: text(32), name_fa: text(100), name_en: text(100), color: text(16), rank_order: { type: DataTypes.INTEGER, allowNull: false }, is_default: flag(false), active: flag(true), ...stamps });
    await index(q, 'priorities', ['code'], true);

    // Three levels (system › subsystem › subject); request_types is a JSON list of allowed types, empty for all.
    await q.createTable('categories', {
      id,
      parent_id: optionalRef,
      code: optionalText(64),
      name_fa: text(),
      name_en: text(),
      search_text: longText,
      request_type: text(32),
      request_types: longText,
      default_priority_code: optionalText(32),
      handling_minutes: { type: DataTypes.INTEGER, allowNull: true },
      sort_order: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      active: flag(true),
      ...stamps,
    });
    await index(q, 'categories', ['parent_id']);

    await q.createTable('routing_rules', {
      id,
      category_id: optionalRef,
      location_id: optionalRef,
      priority: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      target_kind: text(16),
      contractor_id: optionalRef,
      description: optionalText(500),
      active: flag(true),
      ...stamps,
    });
    await q.createTable('routing_rule_positions', { rule_id: { ...ref, primaryKey: true }, position_id: { ...ref, primaryKey: true } });

    await q.createTable('sla_targets', {
      id,
      category_id: optionalRef,
      priority_code: optionalText(32),
      response_minutes: { type: DataTypes.INTEGER, allowNull: false },
      resolution_minutes: { type: DataTypes.INTEGER, allowNull: false },
      ...stamps,
    });

    // The business calendar's holidays (Jalali; year empty for every year) and one-off closures.
    await q.createTable('holidays', { id, year: { type: DataTypes.INTEGER, allowNull: true }, month: { type: DataTypes.INTEGER, allowNull: false }, day: { type: DataTypes.INTEGER, allowNull: false }, name_fa: text(200), name_en: optionalText(200), ...stamps });
    await q.createTable('closures', { id, starts_at: time, ends_at: time, reason: optionalText(500), ...stamps });

    // Settings as JSON values by name: the working week and time zone, feedback and escalation
    // policies, the message center position, the feedback agents' position.
    await q.createTable('settings', { name: { ...text(100), primaryKey: true }, value: { type: DataTypes.TEXT, allowNull: false }, updated_at: time });

    await q.createTable('users', {
      id,
      username: text(100),
      password_hash: text(255),
      person_id: optionalRef,
      display_name: text(200),
      language: { ...text(2), defaultValue: 'fa' },
      active: flag(true),
      failed_logins: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      locked_until: optionalTime,
      last_login_at: optionalTime,
      ...stamps,
    });
    await index(q, 'users', ['username'], true);
    await index(q, 'users', ['person_id']);
    await q.createTable('user_roles', { user_id: { ...ref, primaryKey: true }, role: { ...text(32), primaryKey: true } });

    // Session tokens are stored as SHA-256 hashes only.
    await q.createTable('sessions', { id: { ...text(64), primaryKey: true }, user_id: ref, created_at: time, expires_at: time, last_seen_at: time, ip: optionalText(64), user_agent: optionalText(300) });
    await index(q, 'sessions', ['user_id']);
    await q.createTable('api_keys', { id, name: text(200), prefix: text(16), key_hash: text(64), roles: longText, created_by_user_id: optionalRef, created_at: time, last_used_at: optionalTime, revoked_at: optionalTime });
    await index(q, 'api_keys', ['key_hash'], true);

    await q.createTable('tickets', {
      id,
      tracking_code: text(16),
      channel: text(16),
      request_type: text(32),
      priority_code: text(32),
      category_id: optionalRef,
      location_id: optionalRef,
      subject: text(300),
      description: { type: DataTypes.TEXT, allowNull: false },
      // Persian-normalized subject, description, code and requester, for search.
      search_text: { type: DataTypes.TEXT, allowNull: false },
      requester_person_id: optionalRef,
      requester_name: optionalText(200),
      requester_phone: optionalText(20),
      status: text(32),
      contractor_id: optionalRef,
      escalation_level: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      registered_by_user_id: optionalRef,
      registered_at: time,
      updated_at: time,
      first_response_at: optionalTime,
      resolved_at: optionalTime,
      closed_at: optionalTime,
      close_reason: optionalText(32),
      postponed_until: optionalTime,
      // Recomputed from the action log after every action (never counted down).
      response_due_at: optionalTime,
      resolution_due_at: optionalTime,
      process_instance_key: optionalText(32),
      call_id: optionalRef,
      // Optimistic concurrency: an action states the version it saw.
      version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    });
    await index(q, 'tickets', ['tracking_code'], true);
    await index(q, 'tickets', ['status', 'resolution_due_at']);
    await index(q, 'tickets', ['requester_person_id']);
    await index(q, 'tickets', ['requester_phone']);
    await index(q, 'tickets', ['category_id']);
    await index(q, 'tickets', ['registered_at']);

    // The positions whose cartables hold a ticket now.
    await q.createTable('ticket_assignments', { ticket_id: { ...ref, primaryKey: true }, position_id: { ...ref, primaryKey: true }, since: time });
    await index(q, 'ticket_assignments', ['position_id']);

    // Every position that has ever held a ticket: who may still see it after it moved on.
    await q.createTable('ticket_involvements', { ticket_id: { ...ref, primaryKey: true }, position_id: { ...ref, primaryKey: true }, since: time });
    await index(q, 'ticket_involvements', ['position_id']);

    // Append-only: never updated or deleted.
    await q.createTable('ticket_actions', {
      id,
      ticket_id: ref,
      kind: text(32),
      at: time,
      actor_kind: text(16),
      actor_user_id: optionalRef,
      actor_person_id: optionalRef,
      actor_position_id: optionalRef,
      payload: { type: DataTypes.TEXT, allowNull: false },
      visible_to_requester: flag(true),
      idempotency_key: optionalText(200),
    });
    await index(q, 'ticket_actions', ['ticket_id', 'id']);
    await index(q, 'ticket_actions', ['idempotency_key'], true);
    await index(q, 'ticket_actions', ['kind', 'at']);

    await q.createTable('ticket_attachments', {
      id,
      ticket_id: ref,
      action_id: optionalRef,
      kind: text(16),
      file_name: text(255),
      content_type: text(100),
      size: { type: DataTypes.INTEGER, allowNull: false },
      sha256: text(64),
      storage_path: text(500),
      uploaded_by_user_id: optionalRef,
      created_at: time,
    });
    await index(q, 'ticket_attachments', ['ticket_id']);

    await q.createTable('sms_templates', { id, event: text(64), language: text(2), body: { type: DataTypes.TEXT, allowNull: false }, updated_by_user_id: optionalRef, ...stamps });
    await index(q, 'sms_templates', ['event', 'language'], true);

    // The SMS outbox: one row per event and recipient (the idempotency key), whatever the provider.
    await q.createTable('sms_messages', {
      id,
      idempotency_key: text(200),
      event: text(64),
      ticket_id: optionalRef,
      to_phone: text(20),
      language: text(2),
      body: { type: DataTypes.TEXT, allowNull: false },
      status: text(16),
      provider: text(32),
      provider_message_id: optionalText(100),
      attempts: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      last_error: longText,
      created_at: time,
      sent_at: optionalTime,
      delivered_at: optionalTime,
    });
    await index(q, 'sms_messages', ['idempotency_key'], true);
    await index(q, 'sms_messages', ['status', 'created_at']);
    await index(q, 'sms_messages', ['ticket_id']);

    // Who changed what in the administration, for auditors.
    await q.createTable('admin_audit', { id, at: time, user_id: optionalRef, entity: text(64), entity_id: optionalText(64), action: text(16), before_value: longText, after_value: longText });
    await index(q, 'admin_audit', ['entity', 'entity_id']);
  },
};
