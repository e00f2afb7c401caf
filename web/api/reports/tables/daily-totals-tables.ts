import { TICKET_CHANNELS } from '../../../../core/tickets/ticket-channel.js';
import type { ReportRow, ReportTable } from '../../../contract/reports.js';
import { dailyTotalsReport, type DailyTotals } from '../../../../database/repositories/reports/daily-totals-report.js';
import { column, text } from '../localized.js';
import { CHANNEL_LABELS } from '../report-labels.js';
import type { ReportDefinition } from '../report-definition.js';

const cells = (totals: DailyTotals): ReportRow => ({
  registered: totals.registered,
  ...Object.fromEntries(TICKET_CHANNELS.map((channel) => [`channel_${channel}`, totals.byChannel[channel]])),
  resolved: totals.resolved,
  closed: totals.closed,
  escalated: totals.escalated,
  reopened: totals.reopened,
});

/** Per day of the range: registered (by channel), resolved, closed, escalated, reopened. */
export const dailyTotalsDefinition: ReportDefinition = {
  id: 'daily-totals',
  title: text('آمار روزانه', 'Daily totals'),
  async build({ input }): Promise<ReportTable[]> {
    const report = await dailyTotalsReport(input);
    return [
      {
        id: 'days',
        title: text('آمار روزانه', 'Daily totals'),
        columns: [
          column('day', 'day', 'روز', 'Day'),
          column('registered', 'count', 'ثبت‌شده', 'Registered'),
          ...TICKET_CHANNELS.map((channel) => column(`channel_${channel}`, 'count', `ثبت: ${CHANNEL_LABELS[channel]!.fa}`, `Via ${CHANNEL_LABELS[channel]!.en.toLowerCase()}`)),
          column('resolved', 'count', 'حل‌شده', 'Resolved'),
          column('closed', 'count', 'بسته‌شده', 'Closed'),
          column('escalated', 'count', 'ارجاع به سطح بالاتر', 'Escalated'),
          column('reopened', 'count', 'بازگشت برای رسیدگی دوباره', 'Reopened'),
        ],
        rows: report.days.map((day) => ({ day: day.day, ...cells(day) })),
        totals: { day: text('جمع', 'Total'), ...cells(report.totals) },
      },
    ];
  },
};
