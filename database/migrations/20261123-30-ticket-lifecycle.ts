import { DataTypes } from 'sequelize';
import { DEFAULT_SMS_TEMPLATES, SMS_TEMPLATE_KEYS } from '../../core/notifications/sms-template-keys.js';
import type { Migration } from './migration.js';

/**
 * What the ticket lifecycle adds to the domain schema: the feedback process instance of a ticket
 * (so that an agent's answer completes its task), the SMS outbox's retry schedule, and the default
 * SMS templates in Persian and English.
 */
export const ticketLifecycle: Migration = {
  name: '20261123-30-ticket-lifecycle',
  async up({ queryInterface: q }) {
    await q.addColumn('tickets', 'feedback_process_instance_key', { type: DataTypes.STRING(32), allowNull: true });
    // When a queued SMS may be tried (again); null while it is not waiting.
    await q.addColumn('sms_messages', 'next_attempt_at', { type: DataTypes.DATE, allowNull: true });
    await q.addColumn('sms_messages', 'status_checked_at', { type: DataTypes.DATE, allowNull: true });
    await q.addIndex('sms_messages', ['status', 'next_attempt_at'], { name: 'sms_messages_status_next_attempt_at' });
    await q.addIndex('ticket_assignments', ['ticket_id'], { name: 'ticket_assignments_ticket_id' });
    const now = new Date();
    const rows = SMS_TEMPLATE_KEYS.flatMap((event) =>
      (['fa', 'en'] as const).map((language) => ({ event, language, body: DEFAULT_SMS_TEMPLATES[event][language], created_at: now, updated_at: now })),
    );
    await q.bulkInsert('sms_templates', rows);
  },
};
