import type { Language } from '../../core/i18n/language';
import { toPersianDigits } from '../../core/i18n/persian-digits';
import type { DayNumber } from '../calendar/calendar-date';
import { calendarForLanguage } from '../calendar/calendar-for-language';

/** A day as it is typed: ۱۴۰۵/۰۹/۰۲ (Jalali) in Persian, 2026/11/23 (Gregorian) in English. */
export function formatDateText(dayNumber: DayNumber, language: Language): string {
  const { year, month, day } = calendarForLanguage(language).fromDayNumber(dayNumber);
  const text = `${year}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}`;
  return language === 'fa' ? toPersianDigits(text) : text;
}
