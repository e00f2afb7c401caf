import type { ReportTable } from '../../../contract/reports.js';
import { dailyReport } from '../../../../database/repositories/reports/daily-report.js';
import { column, text } from '../localized.js';
import { CHANNEL_LABELS, CLOSE_REASON_LABELS, NO, REQUEST_TYPE_LABELS, STATUS_LABELS, YES, labelOf } from '../report-labels.js';
import type { ReportDefinition } from '../report-definition.js';

const iso = (instant: Date | null) => (instant === null ? null : instant.toISOString());

/** The register of a day (or any range): every ticket registered, resolved or closed in it, and where it stands now. */
export const dailyDefinition: ReportDefinition = {
  id: 'daily',
  title: text('گزارش روزانه', 'Daily report'),
  async build({ input, names }): Promise<ReportTable[]> {
    const report = await dailyReport(input);
    const { summary } = report;
    return [
      {
        id: 'summary',
        title: text('خلاصهٔ روز', 'The day in figures'),
        columns: [
          column('registered', 'count', 'ثبت‌شده', 'Registered'),
          column('firstResponses', 'count', 'پاسخ اولیه', 'First responses'),
          column('resolved', 'count', 'حل‌شده', 'Resolved'),
          column('closed', 'count', 'بسته‌شده', 'Closed'),
          column('openNow', 'count', 'از این میان باز (اکنون)', 'Of these, open now'),
          column('overdueNow', 'count', 'از این میان معوق (اکنون)', 'Of these, overdue now'),
        ],
        rows: [{ ...summary }],
      },
      {
        id: 'tickets',
        title: text('درخواست‌های روز', 'The day’s tickets'),
        truncated: report.truncated,
        columns: [
          column('trackingCode', 'code', 'کد رهگیری', 'Tracking code'),
          column('registeredAt', 'instant', 'زمان ثبت', 'Registered at'),
          column('channel', 'label', 'کانال', 'Channel'),
          column('requester', 'text', 'درخواست‌کننده', 'Requester'),
          column('unit', 'label', 'واحد', 'Unit'),
          column('category', 'label', 'دسته', 'Category'),
          column('requestType', 'label', 'نوع درخواست', 'Request type'),
          column('priority', 'label', 'اولویت', 'Priority'),
          column('status', 'label', 'وضعیت', 'Status'),
          column('responsible', 'label', 'مسئول کنونی', 'Now with'),
          column('firstResponseAt', 'instant', 'پاسخ اولیه', 'First response'),
          column('resolvedAt', 'instant', 'زمان حل', 'Resolved at'),
          column('closeReason', 'label', 'علت بستن', 'Closed because'),
          column('overdue', 'label', 'معوق', 'Overdue'),
        ],
        rows: report.rows.map(({ ticket, assignedPositionIds, overdue }) => {
          const holders = assignedPositionIds.map((positionId) => names.position(positionId));
          const responsible =
            ticket.contractorId !== null && ticket.status !== 'closed'
              ? names.contractor(ticket.contractorId)
              : holders.length === 0
                ? null
                : text(holders.map((holder) => holder.fa).join('، '), holders.map((holder) => holder.en).join(', '));
          return {
            ticketId: ticket.id,
            color: names.priorityColor(ticket.priorityCode),
            trackingCode: ticket.trackingCode,
            registeredAt: iso(ticket.registeredAt),
            channel: labelOf(CHANNEL_LABELS, ticket.channel),
            requester: ticket.requesterName,
            unit: names.unit(ticket.unitId),
            category: names.category(ticket.categoryId),
            requestType: labelOf(REQUEST_TYPE_LABELS, ticket.requestType),
            priority: names.priority(ticket.priorityCode),
            status: labelOf(STATUS_LABELS, ticket.status),
            responsible,
            firstResponseAt: iso(ticket.firstResponseAt),
            resolvedAt: iso(ticket.resolvedAt),
            closeReason: ticket.closeReason === null ? null : labelOf(CLOSE_REASON_LABELS, ticket.closeReason),
            overdue: overdue ? YES : NO,
          };
        }),
      },
    ];
  },
};
