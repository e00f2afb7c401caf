import { adminLayoutFa } from './admin-layout/admin-layout.fa';
import { orgChartFa } from './org-chart/org-chart.fa';
import { routingRulesFa } from './routing-rules/routing-rules.fa';
import { locationsFa } from './locations/locations.fa';
import { catalogueFa } from './catalogue/catalogue.fa';
import { prioritiesFa } from './priorities/priorities.fa';
import { contractorsFa } from './contractors/contractors.fa';
import { slaFa } from './sla/sla.fa';
import { calendarFa } from './calendar/calendar.fa';
import { smsTemplatesFa } from './sms-templates/sms-templates.fa';
import { smsOutboxFa } from './sms-outbox/sms-outbox.fa';
import { usersFa } from './users/users.fa';
import { peopleFa } from './people/people.fa';
import { settingsFa } from './settings/settings.fa';
import { apiKeysFa } from './api-keys/api-keys.fa';

/**
 * Messages of the admin area in Persian; keys start with `admin.`. Loaded with the area
 * (`provideMessages` in admin.routes.ts), not with the first bundle.
 */
export const adminFa = {
  ...adminLayoutFa,
  ...orgChartFa,
  ...routingRulesFa,
  ...locationsFa,
  ...catalogueFa,
  ...prioritiesFa,
  ...contractorsFa,
  ...slaFa,
  ...calendarFa,
  ...smsTemplatesFa,
  ...smsOutboxFa,
  ...usersFa,
  ...peopleFa,
  ...settingsFa,
  ...apiKeysFa,
} satisfies Readonly<Record<string, string>>;
