import type { MessagesOf } from '../core/i18n/messages-of';
import type { adminFa } from './admin.fa';
import { adminLayoutEn } from './admin-layout/admin-layout.en';
import { orgChartEn } from './org-chart/org-chart.en';

/** Messages of the admin area in English. */
export const adminEn: MessagesOf<typeof adminFa> = {
  ...adminLayoutEn,
  ...orgChartEn,
};
