import type { Language } from '../../core/i18n/language';
import { gregorianCalendar, jalaliCalendar, type CalendarSystem } from './calendar-system';

/** Persian readers see the Jalali calendar, English readers the Gregorian one. */
export function calendarForLanguage(language: Language): CalendarSystem {
  return language === 'fa' ? jalaliCalendar : gregorianCalendar;
}
