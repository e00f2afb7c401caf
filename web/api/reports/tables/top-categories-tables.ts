import type { LocalizedText, ReportTable } from '../../../contract/reports.js';
import { topCategoriesReport, type CategoryRow } from '../../../../database/repositories/reports/top-categories-report.js';
import { column, text } from '../localized.js';
import type { ReportDefinition } from '../report-definition.js';
import type { RowNames } from '../row-names.js';
import { minutes, score, share } from '../round.js';

const columns = [
  column('category', 'label', 'دسته', 'Category'),
  column('tickets', 'count', 'تعداد درخواست', 'Tickets'),
  column('share', 'percent', 'سهم از کل', 'Share of all'),
  column('previousTickets', 'count', 'دورهٔ قبل', 'Previous period'),
  column('change', 'percent', 'تغییر نسبت به دورهٔ قبل', 'Change from the previous period'),
  column('openNow', 'count', 'باز (اکنون)', 'Open now'),
  column('averageResolutionMinutes', 'minutes', 'میانگین زمان حل (دقیقهٔ کاری)', 'Average time to resolve (business minutes)'),
  column('reworked', 'count', 'بازگشت برای رسیدگی دوباره', 'Reopened for rework'),
  column('satisfactionAverage', 'score', 'میانگین رضایت (از ۵)', 'Average satisfaction (of 5)'),
];

function table(id: string, title: LocalizedText, rows: readonly CategoryRow[], names: RowNames): ReportTable {
  return {
    id,
    title,
    columns,
    rows: rows.map((row) => ({
      categoryId: row.categoryId,
      category: names.category(row.categoryId),
      tickets: row.tickets,
      share: share(row.share),
      previousTickets: row.previousTickets,
      change: share(row.change),
      openNow: row.openNow,
      averageResolutionMinutes: minutes(row.averageResolutionMinutes),
      reworked: row.reworked,
      satisfactionAverage: score(row.satisfactionAverage),
    })),
  };
}

/** What the requests were about: systems, subsystems and the most frequent subjects, against the period before. */
export const topCategoriesDefinition: ReportDefinition = {
  id: 'top-categories',
  title: text('پرتکرارترین مشکلات و سامانه‌ها', 'Top problem categories and systems'),
  async build({ input, names }): Promise<ReportTable[]> {
    const report = await topCategoriesReport(input);
    return [
      table('systems', text('سامانه‌ها (سطح اول)', 'Systems (first level)'), report.systems, names),
      table('subsystems', text('زیرسامانه‌ها (سطح دوم)', 'Subsystems (second level)'), report.subsystems, names),
      table('subjects', text('پرتکرارترین موضوع‌ها (سطح سوم)', 'Most frequent subjects (third level)'), report.subjects, names),
    ];
  },
};
