import { formatJalaliDateLong } from '../calendar/format-jalali-date.js';
import { toJalaliWallClock } from '../calendar/jalali-wall-clock.js';
import { DEFAULT_TIME_ZONE } from '../calendar/time-zone.js';
import type { Language } from '../i18n/language.js';
import { toPersianDigits } from '../text/to-persian-digits.js';

export type SmsParam = string | number | Date | null;

/** Free text longer than this is cut in an SMS (a Persian SMS segment holds 70 characters). */
const MAX_PARAM_LENGTH = 120;

/** `۲۶ آبان ۱۴۰۳ ساعت ۱۰:۰۰` or `26 Aban 1403 10:00`, on the calendar's wall clock. */
export function formatSmsDate(date: Date, language: Language, timeZone: string = DEFAULT_TIME_ZONE): string {
  const wall = toJalaliWallClock(date, timeZone);
  const time = `${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`;
  return language === 'fa' ? `${formatJalaliDateLong(wall, 'fa')} ساعت ${toPersianDigits(time)}` : `${formatJalaliDateLong(wall, 'en')} ${time}`;
}

function text(value: SmsParam, language: Language, timeZone: string): string {
  if (value === null) return '';
  if (value instanceof Date) return formatSmsDate(value, language, timeZone);
  const plain = String(value).replace(/\s+/g, ' ').trim();
  const short = plain.length > MAX_PARAM_LENGTH ? `${plain.slice(0, MAX_PARAM_LENGTH - 1)}…` : plain;
  return language === 'fa' ? toPersianDigits(short) : short;
}

/**
 * Fills a template's `{{name}}` placeholders. Persian messages get Persian digits and Jalali dates
 * with Persian month names; English ones Latin digits and Jalali dates with transliterated names.
 * An unknown placeholder is left as written, so that a typo in an edited template shows.
 */
export function renderSms(template: string, params: Readonly<Record<string, SmsParam>>, language: Language, timeZone: string = DEFAULT_TIME_ZONE): string {
  return template
    .replace(/\{\{\s*([A-Za-z]+)\s*\}\}/g, (placeholder, name: string) => (name in params ? text(params[name] ?? null, language, timeZone) : placeholder))
    .trim();
}
