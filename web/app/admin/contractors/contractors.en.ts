import type { MessagesOf } from '../../core/i18n/messages-of';
import type { contractorsFa } from './contractors.fa';

/** Messages of the contractors page, in English. */
export const contractorsEn: MessagesOf<typeof contractorsFa> = {
  'admin.contractors.lead': 'Outside companies that take tickets through routing rules, and the positions that oversee their work.',
  'admin.contractors.new': 'New contractor',
  'admin.contractors.phone': 'Phone',
  'admin.contractors.email': 'Email',
  'admin.contractors.contacts': 'Contacts',
  'admin.contractors.contactsHint': 'One contact a line: name | phone | email (optional).',
  'admin.contractors.supervisors': 'Supervising positions',
  'admin.contractors.supervisorsHint': 'The contractor’s tickets show in these positions’ cartables.',
};
