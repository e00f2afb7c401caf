import { adminLayoutFa } from './admin-layout/admin-layout.fa';
import { orgChartFa } from './org-chart/org-chart.fa';

/**
 * Messages of the admin area in Persian; keys start with `admin.`. Loaded with the area
 * (`provideMessages` in admin.routes.ts), not with the first bundle.
 */
export const adminFa = {
  ...adminLayoutFa,
  ...orgChartFa,
} satisfies Readonly<Record<string, string>>;
