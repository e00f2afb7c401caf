import type { MessagesOf } from '../../core/i18n/messages-of';
import type { prioritiesFa } from './priorities.fa';

/** Messages of the priorities page, in English. */
export const prioritiesEn: MessagesOf<typeof prioritiesFa> = {
  'admin.priorities.lead': 'Priorities, most urgent first; cartable rows take their colour, and SLA targets are set per priority.',
  'admin.priorities.new': 'New priority',
  'admin.priorities.name': 'Name',
  'admin.priorities.codeHint': 'Short and unique, in lower-case Latin letters, e.g. urgent; SLA targets and categories refer to the priority by it.',
  'admin.priorities.rank': 'Rank',
  'admin.priorities.rankHint': '1 is the most urgent.',
  'admin.priorities.color': 'Colour',
  'admin.priorities.isDefault': 'Default',
  'admin.priorities.isDefaultHint': 'The priority a new ticket gets when neither its category nor the operator sets one.',
};
