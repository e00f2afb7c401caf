import type { MessagesOf } from '../../core/i18n/messages-of';
import type { slaFa } from './sla.fa';

/** Messages of the SLA page, in English. */
export const slaEn: MessagesOf<typeof slaFa> = {
  'admin.sla.lead': 'Response and resolution targets in business minutes (on the business calendar) per category and priority. The most specific row applies; every priority needs a default row ("any category").',
  'admin.sla.priority': 'Priority',
  'admin.sla.anyPriority': 'Any priority',
  'admin.sla.response': 'Response (business minutes)',
  'admin.sla.resolution': 'Resolution (business minutes)',
  'admin.sla.rowCategory': 'Category of row {row}',
  'admin.sla.rowPriority': 'Priority of row {row}',
  'admin.sla.rowResponse': 'Response target of row {row}',
  'admin.sla.rowResolution': 'Resolution target of row {row}',
  'admin.sla.removeRow': 'Remove row {row}',
  'admin.sla.addRow': 'New row',
};
