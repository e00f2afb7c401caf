import type { Language } from '../../../../core/i18n/language.js';
import type { ReportColumn, ReportResult, ReportTable } from '../../../contract/reports.js';
import { cellText } from './cell-text.js';

/** The byte order mark that makes Excel read the file as UTF-8 (Persian text otherwise turns into mojibake). */
export const UTF8_BOM = '\uFEFF';

/** RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const line = (values: readonly string[]) => values.map(field).join(',');

function header(column: ReportColumn, language: Language): string {
  return column.kind === 'percent' ? `${column.label[language]} (%)` : column.label[language];
}

function tableLines(table: ReportTable, language: Language, timeZone: string): string[] {
  const lines = [line(table.columns.map((column) => header(column, language)))];
  for (const row of [...table.rows, ...(table.totals ? [table.totals] : [])]) lines.push(line(table.columns.map((column) => cellText(row[column.key] ?? null, column, language, timeZone))));
  return lines;
}

/**
 * A report as CSV, UTF-8 with a byte order mark and CRLF line ends. One table is written as it is;
 * several follow one another, each under its title and separated by an empty line.
 */
export function writeCsv(result: ReportResult, language: Language, timeZone: string): Buffer {
  const tables = result.tables;
  const lines =
    tables.length === 1
      ? tableLines(tables[0]!, language, timeZone)
      : tables.flatMap((table, index) => [...(index === 0 ? [] : ['']), line([table.title[language]]), ...tableLines(table, language, timeZone)]);
  return Buffer.from(UTF8_BOM + lines.join('\r\n') + '\r\n', 'utf8');
}
