import type { MessagesOf } from '../core/i18n/messages-of';
import type { adminFa } from './admin.fa';

/** Messages of the admin feature in English. */
export const adminEn: MessagesOf<typeof adminFa> = {};
