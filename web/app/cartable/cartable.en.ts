import type { MessagesOf } from '../core/i18n/messages-of';
import type { cartableFa } from './cartable.fa';

/** Messages of the cartable feature in English. */
export const cartableEn: MessagesOf<typeof cartableFa> = {};
