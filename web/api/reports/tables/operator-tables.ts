import type { ReportTable } from '../../../contract/reports.js';
import { SERVICE_LEVEL_SECONDS, operatorReport } from '../../../../database/repositories/reports/operator-report.js';
import { toPersianDigits } from '../../../../core/text/to-persian-digits.js';
import { column, text } from '../localized.js';
import type { ReportDefinition } from '../report-definition.js';
import { share } from '../round.js';

/** The operators' calls and tickets, and the queues, from the telephony tables. */
export const operatorDefinition: ReportDefinition = {
  id: 'operators',
  title: text('عملکرد اپراتورها', 'Operator performance'),
  async build({ input, names }): Promise<ReportTable[]> {
    const report = await operatorReport(input);
    return [
      {
        id: 'operators',
        title: text('اپراتورها', 'Operators'),
        columns: [
          column('operator', 'label', 'اپراتور', 'Operator'),
          column('offered', 'count', 'تماس‌های زنگ‌خورده', 'Calls rung'),
          column('answered', 'count', 'پاسخ داده', 'Answered'),
          column('missed', 'count', 'بی‌پاسخ', 'Missed'),
          column('answerRate', 'percent', 'نرخ پاسخ', 'Answer rate'),
          column('averageRingSeconds', 'seconds', 'میانگین زمان تا پاسخ', 'Average time to answer'),
          column('averageWaitSeconds', 'seconds', 'میانگین انتظار تماس‌گیرندگان در صف', 'Callers’ average wait in the queue'),
          column('talkSeconds', 'seconds', 'مجموع مکالمه', 'Total talk time'),
          column('averageTalkSeconds', 'seconds', 'میانگین مکالمه', 'Average talk time'),
          column('ticketsRegistered', 'count', 'درخواست‌های ثبت‌کرده', 'Tickets registered'),
          column('ticketsFromCalls', 'count', 'ثبت‌شده حین تماس', 'Registered during a call'),
        ],
        rows: report.operators.map(({ userId, answerRate, ...row }) => ({ userId, operator: names.user(userId), ...row, answerRate: share(answerRate) })),
      },
      {
        id: 'queues',
        title: text('صف‌های تماس', 'Call queues'),
        columns: [
          column('queue', 'code', 'صف', 'Queue'),
          column('offered', 'count', 'تماس‌های ورودی به صف', 'Calls queued'),
          column('answered', 'count', 'پاسخ داده', 'Answered'),
          column('abandoned', 'count', 'رهاشده', 'Abandoned'),
          column('voicemail', 'count', 'پیام صوتی', 'To voicemail'),
          column('abandonRate', 'percent', 'نرخ رهاشدن', 'Abandon rate'),
          column('averageWaitSeconds', 'seconds', 'میانگین انتظار (پاسخ‌داده)', 'Average wait (answered)'),
          column('averageAbandonedWaitSeconds', 'seconds', 'میانگین انتظار (رهاشده)', 'Average wait (abandoned)'),
          column('longestWaitSeconds', 'seconds', 'بیشترین انتظار', 'Longest wait'),
          column('serviceLevel', 'percent', toPersianDigits(`پاسخ در ${SERVICE_LEVEL_SECONDS} ثانیه`), `Answered within ${SERVICE_LEVEL_SECONDS} s`),
          column('talkSeconds', 'seconds', 'مجموع مکالمه', 'Total talk time'),
        ],
        rows: report.queues.map(({ queueId, abandonRate, serviceLevel, ...row }) => ({ queue: queueId, ...row, abandonRate: share(abandonRate), serviceLevel: share(serviceLevel) })),
      },
    ];
  },
};
