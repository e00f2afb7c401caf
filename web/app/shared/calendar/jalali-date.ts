import type { CalendarDate, DayNumber } from './calendar-date';

/**
 * The Solar Hijri (Jalali) calendar by the 33-year arithmetic rule that ICU (hence `Intl` with
 * `-u-ca-persian`) uses. It matches Iran's official, astronomical calendar from 1178 to 1501 AP
 * (1799–2123 CE); beyond that ICU applies corrections this app does not need, so the app refuses
 * those years rather than show a date that could differ from the one `Intl` prints.
 */
export const FIRST_JALALI_YEAR = 1178;
export const LAST_JALALI_YEAR = 1501;

/** Day number of 1 Farvardin 1 AP (Julian day 1948321) counted from 1970-01-01 (Julian day 2440588). */
const EPOCH = 1_948_320 - 2_440_588;

function farvardinFirst(year: number): DayNumber {
  return EPOCH + 365 * (year - 1) + Math.floor((8 * year + 21) / 33);
}

export function isJalaliLeapYear(year: number): boolean {
  return (((25 * year + 11) % 33) + 33) % 33 < 8;
}

/** Farvardin to Shahrivar have 31 days, Mehr to Bahman 30, Esfand 29 or, in a leap year, 30. */
export function jalaliMonthLength(year: number, month: number): number {
  if (month <= 6) return 31;
  if (month <= 11) return 30;
  return isJalaliLeapYear(year) ? 30 : 29;
}

export function jalaliToDayNumber({ year, month, day }: CalendarDate): DayNumber {
  const daysBeforeMonth = month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30;
  return farvardinFirst(year) + daysBeforeMonth + day - 1;
}

export function dayNumberToJalali(dayNumber: DayNumber): CalendarDate {
  const daysSinceEpoch = dayNumber - EPOCH;
  let year = 1 + Math.floor((33 * daysSinceEpoch + 3) / 12_053);
  if (farvardinFirst(year) > dayNumber) year -= 1;
  const dayOfYear = dayNumber - farvardinFirst(year);
  const month = dayOfYear < 186 ? Math.floor(dayOfYear / 31) + 1 : Math.floor((dayOfYear - 186) / 30) + 7;
  const day = dayOfYear < 186 ? (dayOfYear % 31) + 1 : ((dayOfYear - 186) % 30) + 1;
  return { year, month, day };
}
