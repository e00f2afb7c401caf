import type { SmsProvider } from './sms-provider.js';

/** The default: nothing leaves the building; the messages stay in the outbox for the admin to read. */
export const outboxSmsProvider: SmsProvider = {
  name: 'outbox',
  send: async () => ({ status: 'stored' }),
};
