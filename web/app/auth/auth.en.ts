import type { MessagesOf } from '../core/i18n/messages-of';
import type { authFa } from './auth.fa';

/** Messages of the auth feature in English. */
export const authEn: MessagesOf<typeof authFa> = {};
