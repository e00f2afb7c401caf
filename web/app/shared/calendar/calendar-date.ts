/** A day in some calendar, without a time or a time zone; `month` counts from 1. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Days since 1970-01-01 (Gregorian); the one common ground between calendars. */
export type DayNumber = number;

/** 0 is Sunday and 6 is Saturday, as in `Date.prototype.getUTCDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const SATURDAY: Weekday = 6;

export function weekdayOf(dayNumber: DayNumber): Weekday {
  // 1970-01-01 was a Thursday.
  return (((dayNumber + 4) % 7) + 7) % 7 as Weekday;
}

export function sameDate(a: CalendarDate, b: CalendarDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}
