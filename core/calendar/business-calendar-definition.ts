import type { Weekday } from './weekday.js';

/** A working interval of one weekday as people write it: `{ start: '08:00', end: '16:00' }`; `end` may be `24:00`. */
export interface WorkingIntervalDefinition {
  readonly start: string;
  readonly end: string;
}

/**
 * The working intervals of each weekday; a missing or empty weekday is closed. A shift that runs
 * past midnight is written as two intervals, `22:00–24:00` on one day and `00:00–06:00` on the next.
 */
export type WeekDefinition = Readonly<Partial<Record<Weekday, readonly WorkingIntervalDefinition[]>>>;

/**
 * A holiday on the Jalali calendar. Without `year` it recurs every year (the solar holidays, such as
 * 1 Farvardin); with `year` it is that one day only (the lunar holidays, which move every year).
 */
export interface HolidayDefinition {
  readonly year?: number;
  readonly month: number;
  readonly day: number;
  readonly name?: string;
}

/** A one-off closure, `[from, to)`, such as a snow day announced at 10:00. */
export interface ClosureDefinition {
  readonly from: Date;
  readonly to: Date;
  readonly reason?: string;
}

export interface BusinessCalendarDefinition {
  /** An IANA time zone; Asia/Tehran when absent. */
  readonly timeZone?: string;
  readonly week: WeekDefinition;
  readonly holidays?: readonly HolidayDefinition[];
  readonly closures?: readonly ClosureDefinition[];
}
