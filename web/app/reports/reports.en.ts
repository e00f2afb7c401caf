import type { MessagesOf } from '../core/i18n/messages-of';
import type { reportsFa } from './reports.fa';

/** Messages of the reports feature in English. */
export const reportsEn: MessagesOf<typeof reportsFa> = {};
