import type { MessagesOf } from '../core/i18n/messages-of';
import type { operatorConsoleFa } from './operator-console.fa';

/** Messages of the operator-console feature in English. */
export const operatorConsoleEn: MessagesOf<typeof operatorConsoleFa> = {};
