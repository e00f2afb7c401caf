import type { Language } from '../i18n/language.js';
import { toPersianDigits } from '../text/to-persian-digits.js';
import type { JalaliDate } from './jalali-date.js';
import { jalaliMonthName } from './jalali-month-names.js';

const pad = (value: number) => String(value).padStart(2, '0');

/** `1403/12/30`: the numeric form used in data, logs and search (ASCII digits). */
export function formatJalaliDate(date: JalaliDate): string {
  return `${date.year}/${pad(date.month)}/${pad(date.day)}`;
}

/** `۳۰ اسفند ۱۴۰۳` or `30 Esfand 1403`: the form read by people. */
export function formatJalaliDateLong(date: JalaliDate, language: Language = 'fa'): string {
  const text = `${date.day} ${jalaliMonthName(date.month, language)} ${date.year}`;
  return language === 'fa' ? toPersianDigits(text) : text;
}
