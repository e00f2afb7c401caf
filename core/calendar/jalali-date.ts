import { dayNumberToGregorian, gregorianToDayNumber, type GregorianDate } from './gregorian-date.js';
import { isJalaliLeapYear, jalaliYearStart } from './jalali-leap-year.js';

/** A date in the Solar Hijri (Jalali) calendar; `month` 1 is Farvardin, 12 is Esfand. */
export interface JalaliDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Farvardin to Shahrivar have 31 days, Mehr to Bahman 30, Esfand 29 or (in a leap year) 30. */
export function jalaliMonthLength(year: number, month: number): number {
  if (month <= 6) return 31;
  if (month <= 11) return 30;
  return isJalaliLeapYear(year) ? 30 : 29;
}

export function isValidJalaliDate(date: JalaliDate): boolean {
  return (
    Number.isInteger(date.year) &&
    Number.isInteger(date.month) &&
    Number.isInteger(date.day) &&
    date.year >= 1 &&
    date.month >= 1 &&
    date.month <= 12 &&
    date.day >= 1 &&
    date.day <= jalaliMonthLength(date.year, date.month)
  );
}

function assertValid(date: JalaliDate): void {
  if (!isValidJalaliDate(date)) {
    throw new RangeError(`${date.year}/${date.month}/${date.day} is not a Jalali date`);
  }
}

export function jalaliToDayNumber(date: JalaliDate): number {
  assertValid(date);
  const daysBeforeMonth = date.month <= 7 ? (date.month - 1) * 31 : 186 + (date.month - 7) * 30;
  return jalaliYearStart(date.year) + daysBeforeMonth + date.day - 1;
}

export function dayNumberToJalali(dayNumber: number): JalaliDate {
  // ICU's estimate of the year, then corrected against the exact year starts.
  let year = 1 + Math.floor((33 * (dayNumber - jalaliYearStart(1)) + 3) / 12053);
  while (dayNumber < jalaliYearStart(year)) year -= 1;
  while (dayNumber >= jalaliYearStart(year + 1)) year += 1;
  const dayOfYear = dayNumber - jalaliYearStart(year);
  if (dayOfYear < 186) {
    return { year, month: Math.floor(dayOfYear / 31) + 1, day: (dayOfYear % 31) + 1 };
  }
  const afterShahrivar = dayOfYear - 186;
  return { year, month: Math.floor(afterShahrivar / 30) + 7, day: (afterShahrivar % 30) + 1 };
}

export function jalaliToGregorian(date: JalaliDate): GregorianDate {
  return dayNumberToGregorian(jalaliToDayNumber(date));
}

export function gregorianToJalali(date: GregorianDate): JalaliDate {
  return dayNumberToJalali(gregorianToDayNumber(date));
}

export function compareJalaliDates(a: JalaliDate, b: JalaliDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The date `days` days later (or earlier, when negative). */
export function addJalaliDays(date: JalaliDate, days: number): JalaliDate {
  return dayNumberToJalali(jalaliToDayNumber(date) + days);
}
