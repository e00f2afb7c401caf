import { OUTBOX_PROVIDER } from '../../core/notifications/sms-outbox.js';
import type { SmsProvider } from './sms-provider.js';

/**
 * The default: nothing leaves the building; the messages stay in the outbox for the admin to read.
 * The outbox stores them as they are queued; this only stores any left queued for it otherwise
 * (by a version that queued them for sending).
 */
export const outboxSmsProvider: SmsProvider = {
  name: OUTBOX_PROVIDER,
  send: async () => ({ status: 'stored' }),
};
