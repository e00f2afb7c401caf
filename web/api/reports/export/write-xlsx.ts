import ExcelJS from 'exceljs';
import type { Language } from '../../../../core/i18n/language.js';
import type { ReportColumn, ReportColumnKind, ReportResult, ReportTable } from '../../../contract/reports.js';
import { cellText, dayText, isLocalized, rangeDays } from './cell-text.js';

/** Excel's number formats per column kind; text kinds have none. */
const NUMBER_FORMATS: Partial<Record<ReportColumnKind, string>> = {
  count: '#,##0',
  number: '#,##0.0',
  score: '0.00',
  percent: '0.0%',
  minutes: '#,##0.0',
  seconds: '#,##0.0',
};

const TITLE_ROWS = 3;

/** Excel allows 31 characters and none of `[]:*?/\` in a sheet name, unique within the workbook. */
function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 28) || 'Sheet';
  let name = base;
  for (let counter = 2; taken.has(name.toLowerCase()); counter += 1) name = `${base.slice(0, 27)} ${counter}`;
  taken.add(name.toLowerCase());
  return name;
}

function columnWidth(table: ReportTable, column: ReportColumn, language: Language, timeZone: string): number {
  const lengths = [column.label[language].length, ...table.rows.slice(0, 200).map((row) => cellText(row[column.key] ?? null, column, language, timeZone).length)];
  return Math.min(60, Math.max(10, ...lengths) + 2);
}

function addTable(workbook: ExcelJS.Workbook, result: ReportResult, table: ReportTable, language: Language, timeZone: string, taken: Set<string>): void {
  const sheet = workbook.addWorksheet(sheetName(table.title[language], taken), {
    views: [{ rightToLeft: language === 'fa', state: 'frozen', ySplit: TITLE_ROWS + 1, xSplit: 0 }],
  });
  const days = rangeDays(result.from, result.to, timeZone);
  const range = days.first === days.last ? dayText(days.first, language) : `${dayText(days.first, language)} – ${dayText(days.last, language)}`;
  sheet.getCell(1, 1).value = `${result.title[language]}: ${table.title[language]}`;
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  sheet.getCell(2, 1).value = range;
  const headerRow = sheet.getRow(TITLE_ROWS + 1);
  table.columns.forEach((column, index) => {
    const cell = headerRow.getCell(index + 1);
    cell.value = column.label[language];
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2F0F2' } };
    cell.alignment = { wrapText: true, vertical: 'middle' };
    sheet.getColumn(index + 1).width = columnWidth(table, column, language, timeZone);
  });
  const rows = [...table.rows, ...(table.totals ? [table.totals] : [])];
  rows.forEach((row, rowIndex) => {
    const sheetRow = sheet.getRow(TITLE_ROWS + 2 + rowIndex);
    table.columns.forEach((column, index) => {
      const value = row[column.key] ?? null;
      const cell = sheetRow.getCell(index + 1);
      if (typeof value === 'number') {
        cell.value = value;
        const format = NUMBER_FORMATS[column.kind];
        if (format !== undefined) cell.numFmt = format;
      } else if (value !== null && !isLocalized(value) && (column.kind === 'day' || column.kind === 'instant') && language === 'en') {
        // English sheets get real dates, on Tehran's wall clock, that Excel can sort and filter.
        cell.value = new Date(`${cellText(value, column, language, timeZone).replace(' ', 'T')}${column.kind === 'day' ? 'T00:00' : ''}:00Z`);
        cell.numFmt = column.kind === 'day' ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm';
      } else {
        cell.value = cellText(value, column, language, timeZone);
      }
    });
    if (table.totals !== undefined && rowIndex === rows.length - 1) sheetRow.font = { bold: true };
  });
  if (rows.length > 0) sheet.autoFilter = { from: { row: TITLE_ROWS + 1, column: 1 }, to: { row: TITLE_ROWS + 1 + table.rows.length, column: table.columns.length } };
}

/** A report as an Excel workbook: one sheet per table, right to left for Persian, headers in the language asked for. */
export async function writeXlsx(result: ReportResult, language: Language, timeZone: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pishkhan';
  workbook.created = new Date(result.generatedAt);
  workbook.title = result.title[language];
  const taken = new Set<string>();
  for (const table of result.tables) addTable(workbook, result, table, language, timeZone, taken);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
