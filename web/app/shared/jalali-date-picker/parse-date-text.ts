import { toLatinDigits } from '../../core/i18n/persian-digits';
import type { DayNumber } from '../calendar/calendar-date';
import { gregorianCalendar, jalaliCalendar } from '../calendar/calendar-system';

/** Why typed text is not a date: not year/month/day, a day the calendar lacks, or outside the supported years. */
export type DateTextProblem = 'format' | 'nonexistent' | 'unsupported';

export type ParsedDateText = { readonly ok: true; readonly dayNumber: DayNumber } | { readonly ok: false; readonly problem: DateTextProblem };

// Separators people type: / - . and the Persian decimal (٫) and date (؍) separators.
const DATE_TEXT = /^(\d{4})\s*[/\-.٫؍]\s*(\d{1,2})\s*[/\-.٫؍]\s*(\d{1,2})$/;
// Direction marks and joiners that come along when a date is pasted from Persian text.
const INVISIBLE_MARKS = /\u200c|\u200d|[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

/**
 * Reads a date typed as year/month/day in Persian, Arabic or Latin digits. The year tells the
 * calendar: 1405/09/02 is Jalali and 2026/11/23 Gregorian, whatever the page's language.
 */
export function parseDateText(text: string): ParsedDateText {
  const match = DATE_TEXT.exec(toLatinDigits(text.replace(INVISIBLE_MARKS, '')).trim());
  if (!match) return { ok: false, problem: 'format' };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const calendar = year >= 1700 ? gregorianCalendar : jalaliCalendar;
  if (month < 1 || month > 12 || day < 1 || day > calendar.monthLength(year, month)) return { ok: false, problem: 'nonexistent' };
  const dayNumber = calendar.toDayNumber({ year, month, day });
  if (dayNumber < calendar.firstDay || dayNumber > calendar.lastDay) return { ok: false, problem: 'unsupported' };
  return { ok: true, dayNumber };
}
