import type { MessagesOf } from '../core/i18n/messages-of';
import type { adminFa } from './admin.fa';
import { adminLayoutEn } from './admin-layout/admin-layout.en';
import { orgChartEn } from './org-chart/org-chart.en';
import { routingRulesEn } from './routing-rules/routing-rules.en';
import { locationsEn } from './locations/locations.en';
import { catalogueEn } from './catalogue/catalogue.en';
import { prioritiesEn } from './priorities/priorities.en';
import { contractorsEn } from './contractors/contractors.en';
import { slaEn } from './sla/sla.en';
import { calendarEn } from './calendar/calendar.en';
import { smsTemplatesEn } from './sms-templates/sms-templates.en';
import { smsOutboxEn } from './sms-outbox/sms-outbox.en';
import { usersEn } from './users/users.en';
import { peopleEn } from './people/people.en';
import { settingsEn } from './settings/settings.en';
import { apiKeysEn } from './api-keys/api-keys.en';

/** Messages of the admin area in English. */
export const adminEn: MessagesOf<typeof adminFa> = {
  ...adminLayoutEn,
  ...orgChartEn,
  ...routingRulesEn,
  ...locationsEn,
  ...catalogueEn,
  ...prioritiesEn,
  ...contractorsEn,
  ...slaEn,
  ...calendarEn,
  ...smsTemplatesEn,
  ...smsOutboxEn,
  ...usersEn,
  ...peopleEn,
  ...settingsEn,
  ...apiKeysEn,
};
