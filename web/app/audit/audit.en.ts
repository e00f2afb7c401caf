import type { MessagesOf } from '../core/i18n/messages-of';
import type { auditFa } from './audit.fa';

/** Messages of the audit feature in English. */
export const auditEn: MessagesOf<typeof auditFa> = {};
