import type { MessagesOf } from '../../core/i18n/messages-of';
import type { apiKeysFa } from './api-keys.fa';

/** Messages of the API keys page, in English. */
export const apiKeysEn: MessagesOf<typeof apiKeysFa> = {
  'admin.apiKeys.lead': 'Keys for other systems (a CRM) to use Pishkhan’s API. Each key is shown once, when it is created.',
  'admin.apiKeys.new': 'New key',
  'admin.apiKeys.name': 'Name',
  'admin.apiKeys.prefix': 'Prefix',
  'admin.apiKeys.lastUsed': 'Last used',
  'admin.apiKeys.revoke': 'Revoke',
  'admin.apiKeys.revokeQuestion': 'Revoke the key?',
  'admin.apiKeys.revoked': 'The key is revoked.',
  'admin.apiKeys.revokedAt': 'Revoked on {at}',
  'admin.apiKeys.created': 'The key is created.',
  'admin.apiKeys.showOnce': 'Copy this key now; it will not be shown again:',
};
