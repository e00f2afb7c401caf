import type { MessagesOf } from '../core/i18n/messages-of';
import type { ticketFa } from './tickets.fa';

/** Messages of the tickets feature in English. */
export const ticketEn: MessagesOf<typeof ticketFa> = {};
