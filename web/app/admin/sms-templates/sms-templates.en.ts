import type { MessagesOf } from '../../core/i18n/messages-of';
import type { smsTemplatesFa } from './sms-templates.fa';

/** Messages of the SMS templates page, in English. */
export const smsTemplatesEn: MessagesOf<typeof smsTemplatesFa> = {
  'admin.sms.lead': 'The SMS each event sends, in Persian and English (the requester’s language). Only the event’s own placeholders are accepted.',
  'admin.sms.placeholders': 'Placeholders allowed',
  'admin.sms.textFa': 'Persian text',
  'admin.sms.textEn': 'English text',
  'admin.sms.shipped': 'The text Pishkhan ships with',
  'admin.sms.changedAt': 'Changed on {at}',
  'admin.sms.reset': 'Bring back the shipped text',
  'admin.sms.resetDone': 'The shipped text is back.',
};
