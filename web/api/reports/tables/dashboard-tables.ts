import type { ReportTable } from '../../../contract/reports.js';
import { dashboardReport } from '../../../../database/repositories/reports/dashboard-report.js';
import { ratio } from '../../../../database/repositories/reports/duration-stats.js';
import { column, text } from '../localized.js';
import type { ReportDefinition } from '../report-definition.js';
import { score, share } from '../round.js';

const backlogColumns = [
  column('registered', 'count', 'ثبت‌شده در بازه', 'Registered in the range'),
  column('open', 'count', 'باز (اکنون)', 'Open now'),
  column('overdue', 'count', 'معوق (اکنون)', 'Overdue now'),
];

const slaRate = (met: number, breached: number) => share(ratio(met, met + breached));

/** The management dashboard: headline figures, the daily trend, the backlog by unit, category and priority, deadlines kept, satisfaction. */
export const dashboardDefinition: ReportDefinition = {
  id: 'dashboard',
  title: text('داشبورد مدیریتی', 'Management dashboard'),
  async build({ input, names, categoryRootId }): Promise<ReportTable[]> {
    const report = await dashboardReport(input, categoryRootId === undefined ? {} : { categoryRootId });
    const { totals } = report;
    const categoryTitle =
      report.categoryLevel === 1
        ? text('درخواست‌های باز و معوق به تفکیک سامانه (سطح اول دسته‌بندی)', 'Open and overdue by system (first catalogue level)')
        : text('درخواست‌های باز و معوق به تفکیک زیردسته‌های دستهٔ انتخاب‌شده', 'Open and overdue by the sub-categories of the chosen category');
    return [
      {
        id: 'kpis',
        title: text('شاخص‌های اصلی', 'Headline figures'),
        columns: [
          ...backlogColumns,
          column('resolved', 'count', 'حل‌شده', 'Resolved'),
          column('closed', 'count', 'بسته‌شده', 'Closed'),
          column('escalated', 'count', 'ارجاع به سطح بالاتر', 'Escalated'),
          column('responseSlaRate', 'percent', 'پاسخ در مهلت', 'Responded in time'),
          column('resolutionSlaRate', 'percent', 'حل در مهلت', 'Resolved in time'),
          column('feedbackCount', 'count', 'نظرهای ثبت‌شده در بازه', 'Feedback given in the range'),
          column('satisfactionAverage', 'score', 'میانگین رضایت (از ۵)', 'Average satisfaction (of 5)'),
        ],
        rows: [
          {
            registered: totals.registered,
            open: totals.open,
            overdue: totals.overdue,
            resolved: totals.resolved,
            closed: totals.closed,
            escalated: totals.escalated,
            responseSlaRate: slaRate(totals.responseMet, totals.responseBreached),
            resolutionSlaRate: slaRate(totals.resolutionMet, totals.resolutionBreached),
            feedbackCount: totals.feedbackCount,
            satisfactionAverage: score(totals.satisfactionAverage),
          },
        ],
      },
      {
        id: 'trend',
        title: text('روند روزانه', 'Daily trend'),
        columns: [
          column('day', 'day', 'روز', 'Day'),
          column('registered', 'count', 'ثبت‌شده', 'Registered'),
          column('resolved', 'count', 'حل‌شده', 'Resolved'),
          column('closed', 'count', 'بسته‌شده', 'Closed'),
        ],
        rows: report.trend.map((day) => ({ ...day })),
      },
      {
        id: 'openByUnit',
        title: text('درخواست‌های باز و معوق به تفکیک واحد درخواست‌کننده', 'Open and overdue by the requester’s unit'),
        columns: [column('unit', 'label', 'واحد', 'Unit'), ...backlogColumns],
        rows: report.byUnit.map((row) => ({ unitId: row.unitId, unit: names.unit(row.unitId), registered: row.registered, open: row.open, overdue: row.overdue })),
      },
      {
        id: 'openByCategory',
        title: categoryTitle,
        columns: [column('category', 'label', 'دسته', 'Category'), ...backlogColumns],
        rows: report.byCategory.map((row) => ({ categoryId: row.categoryId, category: names.category(row.categoryId), registered: row.registered, open: row.open, overdue: row.overdue })),
      },
      {
        id: 'byPriority',
        title: text('اولویت‌ها و مهلت‌ها', 'Priorities and deadlines'),
        columns: [
          column('priority', 'label', 'اولویت', 'Priority'),
          ...backlogColumns,
          column('responseSlaRate', 'percent', 'پاسخ در مهلت', 'Responded in time'),
          column('resolutionSlaRate', 'percent', 'حل در مهلت', 'Resolved in time'),
        ],
        rows: report.byPriority.map((row) => ({
          priorityCode: row.priorityCode,
          color: names.priorityColor(row.priorityCode),
          priority: names.priority(row.priorityCode),
          registered: row.registered,
          open: row.open,
          overdue: row.overdue,
          responseSlaRate: slaRate(row.responseMet, row.responseBreached),
          resolutionSlaRate: slaRate(row.resolutionMet, row.resolutionBreached),
        })),
      },
      {
        id: 'satisfaction',
        title: text('رضایت درخواست‌کنندگان', 'Requester satisfaction'),
        columns: [column('score', 'count', 'امتیاز (۱ تا ۵)', 'Score (1 to 5)'), column('count', 'count', 'تعداد نظر', 'Answers')],
        rows: report.satisfaction.map((row) => ({ ...row })),
      },
    ];
  },
};
