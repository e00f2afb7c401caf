import type { LocalizedText, ReportTable } from '../../../contract/reports.js';
import type { ResolutionMeasures } from '../../../../database/repositories/reports/staff-report.js';
import { staffReport } from '../../../../database/repositories/reports/staff-report.js';
import { column, text } from '../localized.js';
import type { ReportDefinition } from '../report-definition.js';
import { minutes, score, share } from '../round.js';

const resolutionColumns = [
  column('resolved', 'count', 'حل‌شده در بازه', 'Resolved in the range'),
  column('averageResolutionMinutes', 'minutes', 'میانگین زمان حل (دقیقهٔ کاری)', 'Average time to resolve (business minutes)'),
  column('medianResolutionMinutes', 'minutes', 'میانهٔ زمان حل (دقیقهٔ کاری)', 'Median time to resolve (business minutes)'),
  column('reworked', 'count', 'بازگشت برای رسیدگی دوباره', 'Reopened for rework'),
  column('reworkRate', 'percent', 'نرخ بازگشت', 'Rework rate'),
  column('feedbackCount', 'count', 'نظرهای ثبت‌شده', 'Feedback answers'),
  column('satisfactionAverage', 'score', 'میانگین رضایت (از ۵)', 'Average satisfaction (of 5)'),
];

const resolutionCells = (row: ResolutionMeasures) => ({
  resolved: row.resolved,
  averageResolutionMinutes: minutes(row.averageResolutionMinutes),
  medianResolutionMinutes: minutes(row.medianResolutionMinutes),
  reworked: row.reworked,
  reworkRate: share(row.reworkRate),
  feedbackCount: row.feedbackCount,
  satisfactionAverage: score(row.satisfactionAverage),
});

const joined = (names: readonly LocalizedText[]) => text(names.map((name) => name.fa).join('، '), names.map((name) => name.en).join(', '));

/** The work of each position and each person in the reader's scope. */
export const staffDefinition: ReportDefinition = {
  id: 'staff',
  title: text('عملکرد کارشناسان', 'Staff performance'),
  async build({ input, names }): Promise<ReportTable[]> {
    const report = await staffReport(input);
    return [
      {
        id: 'positions',
        title: text('به تفکیک سمت', 'By position'),
        columns: [
          column('position', 'label', 'سمت', 'Position'),
          column('unit', 'label', 'واحد', 'Unit'),
          column('holders', 'label', 'متصدیان', 'Held by'),
          column('received', 'count', 'دریافتی در بازه', 'Received in the range'),
          column('openNow', 'count', 'در کارتابل (اکنون)', 'In the cartable now'),
          column('overdueNow', 'count', 'معوق (اکنون)', 'Overdue now'),
          ...resolutionColumns,
        ],
        rows: report.positions.map((row) => ({
          positionId: row.positionId,
          position: names.position(row.positionId),
          unit: names.positionUnit(row.positionId),
          holders: names.holders(row.positionId),
          received: row.received,
          openNow: row.openNow,
          overdueNow: row.overdueNow,
          ...resolutionCells(row),
        })),
      },
      {
        id: 'people',
        title: text('به تفکیک فرد', 'By person'),
        columns: [column('person', 'label', 'کارشناس', 'Person'), column('positions', 'label', 'سمت', 'Position'), ...resolutionColumns],
        rows: report.people.map((row) => ({
          personId: row.personId,
          person: names.person(row.personId),
          positions: joined(row.positionIds.map((positionId) => names.position(positionId))),
          ...resolutionCells(row),
        })),
      },
    ];
  },
};
