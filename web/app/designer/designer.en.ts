import type { MessagesOf } from '../core/i18n/messages-of';
import type { designerFa } from './designer.fa';

/** Messages of the designer feature in English. */
export const designerEn: MessagesOf<typeof designerFa> = {};
