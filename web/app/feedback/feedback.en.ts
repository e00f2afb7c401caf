import type { MessagesOf } from '../core/i18n/messages-of';
import type { feedbackFa } from './feedback.fa';

/** Messages of the feedback feature in English. */
export const feedbackEn: MessagesOf<typeof feedbackFa> = {};
