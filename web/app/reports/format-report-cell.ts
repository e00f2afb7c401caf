import type { ReportCell, ReportColumn } from '../../contract/reports';
import type { I18n } from '../core/i18n/i18n';
import { isoDateToDayNumber } from '../shared/calendar/iso-date';

const DAY_MS = 86_400_000;

/** A duration in minutes as people read it: «۴۵ دقیقه», «۲ ساعت و ۵ دقیقه», "2 h 5 min". */
export function formatMinutes(minutes: number, i18n: I18n): string {
  const whole = Math.round(minutes);
  if (whole < 60) return i18n.translate('reports.duration.minutes', { minutes: whole });
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest === 0 ? i18n.translate('reports.duration.hours', { hours }) : i18n.translate('reports.duration.hoursMinutes', { hours, minutes: rest });
}

/** A duration in seconds: «۴۰ ثانیه», «۳ دقیقه و ۵ ثانیه». */
export function formatSeconds(seconds: number, i18n: I18n): string {
  const whole = Math.round(seconds);
  if (whole < 60) return i18n.translate('reports.duration.seconds', { seconds: whole });
  const rest = whole % 60;
  return rest === 0 ? i18n.translate('reports.duration.minutes', { minutes: whole / 60 }) : i18n.translate('reports.duration.minutesSeconds', { minutes: Math.floor(whole / 60), seconds: rest });
}

/** A `YYYY-MM-DD` day of Tehran's calendar, in the language's calendar. */
export function formatDay(day: string, i18n: I18n, style: 'date' | 'numeric' = 'date'): string {
  const dayNumber = isoDateToDayNumber(day);
  return dayNumber === null ? day : i18n.formatDate(dayNumber * DAY_MS, style, 'UTC');
}

/** A report cell as the screen shows it, in the current language (Persian digits, Jalali dates). */
export function formatReportCell(cell: ReportCell, column: ReportColumn, i18n: I18n): string {
  if (cell === null) return '—';
  if (typeof cell === 'object') return cell[i18n.language()];
  if (typeof cell === 'string') {
    if (column.kind === 'day') return formatDay(cell, i18n);
    if (column.kind === 'instant') return i18n.formatDate(new Date(cell), 'dateTime');
    return cell;
  }
  switch (column.kind) {
    case 'percent':
      return i18n.formatNumber(cell, { style: 'percent', maximumFractionDigits: 1 });
    case 'minutes':
      return formatMinutes(cell, i18n);
    case 'seconds':
      return formatSeconds(cell, i18n);
    case 'score':
      return i18n.formatNumber(cell, { minimumFractionDigits: 1, maximumFractionDigits: 2 });
    case 'number':
      return i18n.formatNumber(cell, { maximumFractionDigits: 1 });
    default:
      return i18n.formatNumber(cell);
  }
}

/** Whether a column holds numbers (aligned to the end, in tabular figures). */
export function isNumericColumn(column: ReportColumn): boolean {
  return ['count', 'number', 'score', 'percent', 'minutes', 'seconds'].includes(column.kind);
}

const shortDayFormats = new Map<string, Intl.DateTimeFormat>();

/** A day as a chart's axis writes it: «۱۳ دی», "3 Jan". */
export function formatShortDay(day: string, i18n: I18n): string {
  const dayNumber = isoDateToDayNumber(day);
  if (dayNumber === null) return day;
  const locale = i18n.info().dateLocale;
  let format = shortDayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    shortDayFormats.set(locale, format);
  }
  return format.format(dayNumber * DAY_MS);
}
