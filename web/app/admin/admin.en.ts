import type { MessagesOf } from '../core/i18n/messages-of';
import type { adminFa } from './admin.fa';
import { adminLayoutEn } from './admin-layout/admin-layout.en';
import { orgChartEn } from './org-chart/org-chart.en';
import { routingRulesEn } from './routing-rules/routing-rules.en';
import { locationsEn } from './locations/locations.en';
import { catalogueEn } from './catalogue/catalogue.en';
import { prioritiesEn } from './priorities/priorities.en';
import { contractorsEn } from './contractors/contractors.en';

/** Messages of the admin area in English. */
export const adminEn: MessagesOf<typeof adminFa> = {
  ...adminLayoutEn,
  ...orgChartEn,
  ...routingRulesEn,
  ...locationsEn,
  ...catalogueEn,
  ...prioritiesEn,
  ...contractorsEn,
};
