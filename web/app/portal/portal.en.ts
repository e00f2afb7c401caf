import type { MessagesOf } from '../core/i18n/messages-of';
import type { portalFa } from './portal.fa';

/** Messages of the portal feature in English. */
export const portalEn: MessagesOf<typeof portalFa> = {};
