import type { MessagesOf } from '../../core/i18n/messages-of';
import type { catalogueFa } from './catalogue.fa';

/** Messages of the request catalogue page, in English. */
export const catalogueEn: MessagesOf<typeof catalogueFa> = {
  'admin.catalogue.lead': 'The catalogue in three levels: system › subsystem › subject. Each category’s request type, default priority and standard handling time apply when tickets are registered and to the SLA.',
  'admin.catalogue.tree': 'Categories',
  'admin.catalogue.newSystem': 'New system',
  'admin.catalogue.newChild': 'New subcategory',
  'admin.catalogue.pick': 'Choose a category in the tree, or create a new system.',
  'admin.catalogue.parent': 'Under',
  'admin.catalogue.topLevel': 'None (a system, top level)',
  'admin.catalogue.requestType': 'Default request type',
  'admin.catalogue.type.incident': 'Incident',
  'admin.catalogue.type.serviceRequest': 'Service request',
  'admin.catalogue.type.information': 'Information',
  'admin.catalogue.type.documentation': 'Documentation',
  'admin.catalogue.type.change': 'Change',
  'admin.catalogue.defaultPriority': 'Default priority',
  'admin.catalogue.noDefaultPriority': 'The desk’s default priority',
  'admin.catalogue.handlingMinutes': 'Standard handling time (business minutes)',
  'admin.catalogue.handlingMinutesHint': 'Blank: no standard time.',
  'admin.catalogue.sortOrder': 'Display order',
  'admin.catalogue.portalTypes': 'Types offered in the portal',
  'admin.catalogue.portalTypesHint': 'None: every type.',
};
