import type { ReportTable } from '../../../contract/reports.js';
import { contractorReport } from '../../../../database/repositories/reports/contractor-report.js';
import { column, text } from '../localized.js';
import type { ReportDefinition } from '../report-definition.js';
import { minutes, score, share } from '../round.js';

/** Each contractor's tickets of the range and how they were handled. */
export const contractorDefinition: ReportDefinition = {
  id: 'contractors',
  title: text('عملکرد پیمانکاران', 'Contractor performance'),
  async build({ input, names }): Promise<ReportTable[]> {
    const rows = await contractorReport(input);
    return [
      {
        id: 'contractors',
        title: text('پیمانکاران', 'Contractors'),
        columns: [
          column('contractor', 'label', 'پیمانکار', 'Contractor'),
          column('tickets', 'count', 'درخواست‌های ثبت‌شده در بازه', 'Tickets registered in the range'),
          column('openNow', 'count', 'باز (اکنون)', 'Open now'),
          column('overdueNow', 'count', 'معوق (اکنون)', 'Overdue now'),
          column('resolved', 'count', 'حل‌شده', 'Resolved'),
          column('averageResolutionMinutes', 'minutes', 'میانگین زمان حل (دقیقهٔ کاری)', 'Average time to resolve (business minutes)'),
          column('medianResolutionMinutes', 'minutes', 'میانهٔ زمان حل (دقیقهٔ کاری)', 'Median time to resolve (business minutes)'),
          column('resolutionMet', 'count', 'حل در مهلت', 'Resolved in time'),
          column('resolutionBreached', 'count', 'خارج از مهلت', 'Past the deadline'),
          column('resolutionSlaRate', 'percent', 'نرخ رعایت مهلت', 'Deadlines kept'),
          column('reworked', 'count', 'بازگشت برای رسیدگی دوباره', 'Reopened for rework'),
          column('satisfactionAverage', 'score', 'میانگین رضایت (از ۵)', 'Average satisfaction (of 5)'),
        ],
        rows: rows.map((row) => ({
          contractorId: row.contractorId,
          contractor: names.contractor(row.contractorId),
          tickets: row.tickets,
          openNow: row.openNow,
          overdueNow: row.overdueNow,
          resolved: row.resolved,
          averageResolutionMinutes: minutes(row.averageResolutionMinutes),
          medianResolutionMinutes: minutes(row.medianResolutionMinutes),
          resolutionMet: row.resolutionMet,
          resolutionBreached: row.resolutionBreached,
          resolutionSlaRate: share(row.resolutionSlaRate),
          reworked: row.reworked,
          satisfactionAverage: score(row.satisfactionAverage),
        })),
      },
    ];
  },
};
