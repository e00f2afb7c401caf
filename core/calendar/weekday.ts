import type { Language } from '../i18n/language.js';

/** Days of the week in Iranian order: the week starts on Saturday and Friday is the day of rest. */
export const WEEKDAYS = ['saturday', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const NAMES: Readonly<Record<Language, readonly string[]>> = {
  fa: ['شنبه', 'یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه'],
  en: ['Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
};

export function isWeekday(value: string): value is Weekday {
  return (WEEKDAYS as readonly string[]).includes(value);
}

/** The weekday of a day number (days since 1970-01-01, which was a Thursday). */
export function weekdayOfDayNumber(dayNumber: number): Weekday {
  const index = (((dayNumber + 5) % 7) + 7) % 7;
  return WEEKDAYS[index] as Weekday;
}

export function weekdayName(weekday: Weekday, language: Language = 'fa'): string {
  return NAMES[language][WEEKDAYS.indexOf(weekday)] as string;
}
