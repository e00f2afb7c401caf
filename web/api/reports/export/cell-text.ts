import { gregorianToJalali } from '../../../../core/calendar/jalali-date.js';
import { formatJalaliDate } from '../../../../core/calendar/format-jalali-date.js';
import { toWallClock } from '../../../../core/calendar/wall-clock.js';
import type { Language } from '../../../../core/i18n/language.js';
import type { LocalizedText, ReportCell, ReportColumn } from '../../../contract/reports.js';

const pad = (value: number) => String(value).padStart(2, '0');

export function isLocalized(cell: ReportCell): cell is LocalizedText {
  return typeof cell === 'object' && cell !== null;
}

/** A `YYYY-MM-DD` day as the language writes it in a file: Jalali `1404/10/13` or Gregorian `2026-01-03`. */
export function dayText(day: string, language: Language): string {
  if (language === 'en') return day;
  const [year, month, date] = day.split('-').map(Number);
  return formatJalaliDate(gregorianToJalali({ year: year!, month: month!, day: date! }));
}

/** An instant on the organization's clock, to the minute: `1404/10/13 09:20` or `2026-01-03 09:20`. */
export function instantText(iso: string, language: Language, timeZone: string): string {
  const wall = toWallClock(new Date(iso), timeZone);
  const day = `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
  return `${dayText(day, language)} ${pad(wall.hour)}:${pad(wall.minute)}`;
}

/**
 * A cell as text in a file. Numbers keep Latin digits and no grouping so that spreadsheets read them
 * as numbers; a percentage is written out of 100; dates are Jalali for Persian.
 */
export function cellText(cell: ReportCell, column: ReportColumn, language: Language, timeZone: string): string {
  if (cell === null) return '';
  if (isLocalized(cell)) return cell[language];
  if (typeof cell === 'number') return String(column.kind === 'percent' ? Math.round(cell * 10_000) / 100 : cell);
  if (column.kind === 'day') return dayText(cell, language);
  if (column.kind === 'instant') return instantText(cell, language, timeZone);
  return cell;
}

/** The local days a `[from, to)` range covers, first and last, as `YYYY-MM-DD` on the organization's clock. */
export function rangeDays(from: string, to: string, timeZone: string): { first: string; last: string } {
  const day = (instant: Date) => {
    const wall = toWallClock(instant, timeZone);
    return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
  };
  return { first: day(new Date(from)), last: day(new Date(new Date(to).getTime() - 1)) };
}
