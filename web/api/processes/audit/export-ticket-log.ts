import ExcelJS from 'exceljs';
import type { Language } from '../../../../core/i18n/language.js';
import type { AuditTicketDetail } from '../../../contract/audit.js';
import { auditTime } from './audit-time.js';

type Texts = Readonly<Record<Language, string>>;

const COLUMNS: ReadonlyArray<{ readonly title: Texts; readonly width: number }> = [
  { title: { fa: 'ردیف', en: 'Entry' }, width: 8 },
  { title: { fa: 'زمان', en: 'Time' }, width: 26 },
  { title: { fa: 'زمان (ISO)', en: 'Time (ISO)' }, width: 26 },
  { title: { fa: 'اقدام', en: 'Action' }, width: 22 },
  { title: { fa: 'انجام‌دهنده', en: 'Actor' }, width: 24 },
  { title: { fa: 'سمت', en: 'Position' }, width: 28 },
  { title: { fa: 'شرح', en: 'Details' }, width: 70 },
  { title: { fa: 'دیدنی برای درخواست‌کننده', en: 'Visible to the requester' }, width: 14 },
];

const ACTOR_KINDS: Readonly<Record<string, Texts>> = {
  system: { fa: 'سامانه', en: 'System' },
  apiKey: { fa: 'سامانهٔ بیرونی', en: 'External system' },
  requester: { fa: 'درخواست‌کننده', en: 'Requester' },
  staff: { fa: 'کارمند', en: 'Staff' },
};

/** The log as rows of text, one per entry, in `language`. */
function rowsOf(detail: AuditTicketDetail, language: Language): string[][] {
  return detail.actions.map((action) => [
    String(action.id),
    auditTime(new Date(action.at), language),
    action.at,
    action.kindLabel,
    action.actor.name ?? ACTOR_KINDS[action.actor.kind]?.[language] ?? action.actor.kind,
    (language === 'fa' ? action.actor.positionFa : action.actor.positionEn) ?? '',
    action.summary,
    action.visibleToRequester ? (language === 'fa' ? 'بله' : 'yes') : language === 'fa' ? 'خیر' : 'no',
  ]);
}

/** Spreadsheets run text starting with these as formulas; a leading apostrophe keeps it text. */
function defused(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvField(value: string): string {
  const safe = defused(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The action log as CSV: UTF-8 with a byte-order mark (so that Excel reads Persian), CRLF line ends. */
export function ticketLogCsv(detail: AuditTicketDetail, language: Language): string {
  const lines = [COLUMNS.map((column) => column.title[language]), ...rowsOf(detail, language)].map((row) => row.map(csvField).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** The action log as an Excel workbook, right to left in Persian, with the ticket's facts above the table. */
export async function ticketLogXlsx(detail: AuditTicketDetail, language: Language): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pishkhan';
  const sheet = workbook.addWorksheet(detail.ticket.trackingCode, { views: [{ rightToLeft: language === 'fa', state: 'frozen', ySplit: 4 }] });
  const { ticket } = detail;
  sheet.addRow([language === 'fa' ? 'کد پیگیری' : 'Tracking code', ticket.trackingCode, language === 'fa' ? 'موضوع' : 'Subject', ticket.subject]);
  sheet.addRow([
    language === 'fa' ? 'درخواست‌کننده' : 'Requester',
    ticket.requesterName ?? ticket.requesterPhone ?? '',
    language === 'fa' ? 'ثبت' : 'Registered',
    auditTime(new Date(ticket.registeredAt), language),
  ]);
  sheet.addRow([]);
  const header = sheet.addRow(COLUMNS.map((column) => column.title[language]));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF6' } };
  });
  for (const row of rowsOf(detail, language)) {
    const added = sheet.addRow([Number(row[0]), ...row.slice(1)]);
    added.alignment = { vertical: 'top', wrapText: true };
  }
  COLUMNS.forEach((column, index) => {
    sheet.getColumn(index + 1).width = column.width;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
