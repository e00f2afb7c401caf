import type { MessagesOf } from '../../core/i18n/messages-of';
import type { smsOutboxFa } from './sms-outbox.fa';

/** Messages of the SMS outbox page, in English. */
export const smsOutboxEn: MessagesOf<typeof smsOutboxFa> = {
  'admin.outbox.lead': 'SMS sent or waiting to be sent, newest first; read-only.',
  'admin.outbox.allStatuses': 'Every status',
  'admin.outbox.empty': 'No SMS in the outbox.',
  'admin.outbox.createdAt': 'Time',
  'admin.outbox.event': 'Event',
  'admin.outbox.to': 'To',
  'admin.outbox.body': 'Text',
  'admin.outbox.attempts': 'Attempts',
  'admin.outbox.deliveredAt': 'Delivered on {at}',
  'admin.outbox.status.queued': 'Queued',
  'admin.outbox.status.sending': 'Sending',
  'admin.outbox.status.sent': 'Sent',
  'admin.outbox.status.stored': 'Stored (no gateway)',
  'admin.outbox.status.delivered': 'Delivered',
  'admin.outbox.status.undelivered': 'Not delivered',
  'admin.outbox.status.failed': 'Failed',
  'admin.outbox.status.unknown': 'Unknown',
};
