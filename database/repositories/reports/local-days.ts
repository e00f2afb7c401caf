import { dayNumberToGregorian, gregorianToDayNumber } from '../../../core/calendar/gregorian-date.js';
import { fromWallClock, toWallClock } from '../../../core/calendar/wall-clock.js';

/** The calendar days a range covers on the clocks of a time zone, for per-day counts. */
export interface LocalDays {
  /** `YYYY-MM-DD` of each day, in order. */
  readonly days: readonly string[];
  /** The index of the day an instant falls on, or -1 outside the range. */
  indexOf(instant: Date): number;
}

/** Days of a range longer than this are not listed one by one (three years). */
export const MAX_LOCAL_DAYS = 1100;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The local days touched by `[from, to)` in `timeZone`; the first and last may be partial. */
export function localDays(from: Date, to: Date, timeZone: string): LocalDays {
  const first = gregorianToDayNumber(toWallClock(from, timeZone));
  const days: string[] = [];
  // Where each day starts; the first day starts at `from` itself when the range begins mid-day.
  const starts: number[] = [];
  for (let day = first; days.length < MAX_LOCAL_DAYS; day += 1) {
    const date = dayNumberToGregorian(day);
    const start = Math.max(fromWallClock(date, timeZone).getTime(), from.getTime());
    if (start >= to.getTime()) break;
    days.push(`${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`);
    starts.push(start);
  }
  const end = to.getTime();
  return {
    days,
    indexOf(instant) {
      const ms = instant.getTime();
      if (starts.length === 0 || ms < starts[0]! || ms >= end) return -1;
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (starts[middle]! <= ms) low = middle;
        else high = middle - 1;
      }
      return low;
    },
  };
}
