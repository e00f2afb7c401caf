import type { ReportRow, ReportTable } from '../../../contract/reports.js';
import { responseTimeReport, type ResponseTimeRow } from '../../../../database/repositories/reports/response-time-report.js';
import { toPersianDigits } from '../../../../core/text/to-persian-digits.js';
import { column, text } from '../localized.js';
import type { ReportDefinition } from '../report-definition.js';
import { minutes, share } from '../round.js';

const cells = (row: ResponseTimeRow): ReportRow => ({
  tickets: row.tickets,
  responded: row.response.count,
  averageResponseMinutes: minutes(row.response.average),
  medianResponseMinutes: minutes(row.response.median),
  p90ResponseMinutes: minutes(row.response.p90),
  responseSlaRate: share(row.responseSlaRate),
  resolved: row.resolution.count,
  averageResolutionMinutes: minutes(row.resolution.average),
  medianResolutionMinutes: minutes(row.resolution.median),
  p90ResolutionMinutes: minutes(row.resolution.p90),
  resolutionSlaRate: share(row.resolutionSlaRate),
  averageCalendarResolutionMinutes: minutes(row.averageCalendarResolutionMinutes),
});

/** A bucket's name: «تا ۳۰ دقیقه», «بیش از ۱ روز کاری». */
function bucketLabel(upTo: number | null, previous: number | undefined) {
  const span = (value: number) =>
    value % 480 === 0 && value >= 480 ? text(toPersianDigits(`${value / 480} روز کاری`), `${value / 480} business day${value === 480 ? '' : 's'}`) : value % 60 === 0 ? text(toPersianDigits(`${value / 60} ساعت`), `${value / 60} h`) : text(toPersianDigits(`${value} دقیقه`), `${value} min`);
  if (upTo === null) {
    const last = span(previous ?? 0);
    return text(`بیش از ${last.fa}`, `Over ${last.en}`);
  }
  const bound = span(upTo);
  return text(`تا ${bound.fa}`, `Up to ${bound.en}`);
}

/** How fast tickets were answered and resolved, in business minutes on the desk's calendar. */
export const responseTimeDefinition: ReportDefinition = {
  id: 'response-times',
  title: text('تحلیل زمان پاسخ‌گویی', 'Response-time analysis'),
  async build({ input, names }): Promise<ReportTable[]> {
    const report = await responseTimeReport(input);
    return [
      {
        id: 'byPriority',
        title: text('زمان پاسخ و حل به تفکیک اولویت (ساعات کاری)', 'Time to respond and resolve by priority (business hours)'),
        columns: [
          column('priority', 'label', 'اولویت', 'Priority'),
          column('tickets', 'count', 'درخواست‌ها', 'Tickets'),
          column('responded', 'count', 'پاسخ داده‌شده', 'Responded'),
          column('averageResponseMinutes', 'minutes', 'میانگین تا پاسخ اولیه (دقیقهٔ کاری)', 'Average to first response (business minutes)'),
          column('medianResponseMinutes', 'minutes', 'میانه تا پاسخ اولیه', 'Median to first response'),
          column('p90ResponseMinutes', 'minutes', 'صدک ۹۰ تا پاسخ اولیه', '90th percentile to first response'),
          column('responseSlaRate', 'percent', 'پاسخ در مهلت', 'Responded in time'),
          column('resolved', 'count', 'حل‌شده', 'Resolved'),
          column('averageResolutionMinutes', 'minutes', 'میانگین تا حل (دقیقهٔ کاری)', 'Average to resolution (business minutes)'),
          column('medianResolutionMinutes', 'minutes', 'میانه تا حل', 'Median to resolution'),
          column('p90ResolutionMinutes', 'minutes', 'صدک ۹۰ تا حل', '90th percentile to resolution'),
          column('resolutionSlaRate', 'percent', 'حل در مهلت', 'Resolved in time'),
          column('averageCalendarResolutionMinutes', 'minutes', 'میانگین تا حل (دقیقهٔ تقویمی)', 'Average to resolution (calendar minutes)'),
        ],
        rows: report.byPriority.map((row) => ({ priorityCode: row.priorityCode, color: names.priorityColor(row.priorityCode), priority: names.priority(row.priorityCode), ...cells(row) })),
        totals: { priority: text('همه', 'All'), ...cells(report.total) },
      },
      {
        id: 'distribution',
        title: text('پراکندگی زمان‌ها (ساعات کاری)', 'How the times are spread (business hours)'),
        columns: [column('bucket', 'label', 'بازه', 'Time taken'), column('response', 'count', 'پاسخ اولیه', 'First responses'), column('resolution', 'count', 'حل', 'Resolutions')],
        rows: report.distribution.map((bucket, index) => ({
          upToMinutes: bucket.upToMinutes,
          bucket: bucketLabel(bucket.upToMinutes, report.distribution[index - 1]?.upToMinutes ?? undefined),
          response: bucket.response,
          resolution: bucket.resolution,
        })),
      },
    ];
  },
};
