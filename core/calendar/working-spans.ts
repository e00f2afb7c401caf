import type { BusinessCalendar, InstantRange } from './business-calendar.js';
import { dayNumberToGregorian, gregorianToDayNumber } from './gregorian-date.js';
import { isHoliday } from './is-holiday.js';
import { dayNumberToJalali } from './jalali-date.js';
import { fromWallClock, toWallClock } from './wall-clock.js';
import { weekdayOfDayNumber } from './weekday.js';

/** Three years without a working minute means the calendar is broken, not that the desk is on holiday. */
const MAX_IDLE_DAYS = 3 * 366;

function subtract(span: InstantRange, closures: readonly InstantRange[]): InstantRange[] {
  let pieces = [span];
  for (const closure of closures) {
    if (closure.start >= span.end) break;
    if (closure.end <= span.start) continue;
    pieces = pieces.flatMap((piece) => {
      const kept: InstantRange[] = [];
      if (closure.start > piece.start) kept.push({ start: piece.start, end: Math.min(piece.end, closure.start) });
      if (closure.end < piece.end) kept.push({ start: Math.max(piece.start, closure.end), end: piece.end });
      return kept.filter((k) => k.end > k.start);
    });
  }
  return pieces;
}

/** The local day (as a day number) on which the instant falls in the calendar's time zone. */
export function localDayNumber(calendar: BusinessCalendar, instantMs: number): number {
  return gregorianToDayNumber(toWallClock(new Date(instantMs), calendar.timeZone));
}

/** The working time of one local day as instants: weekday intervals, unless a holiday, minus closures. */
export function daySpans(calendar: BusinessCalendar, dayNumber: number): InstantRange[] {
  if (isHoliday(calendar, dayNumberToJalali(dayNumber))) return [];
  const date = dayNumberToGregorian(dayNumber);
  const spans: InstantRange[] = [];
  for (const interval of calendar.week[weekdayOfDayNumber(dayNumber)]) {
    const start = fromWallClock({ ...date, minute: interval.start }, calendar.timeZone).getTime();
    const end = fromWallClock({ ...date, minute: interval.end }, calendar.timeZone).getTime();
    // A daylight-saving jump can swallow an interval whole.
    if (end > start) spans.push(...subtract({ start, end }, calendar.closures));
  }
  return spans;
}

/**
 * The working time from `fromMs` on, in order, the first span cut to start at `fromMs`; stops once
 * past `untilMs` (never, by default). Throws if three years pass without any working time.
 */
export function* workingSpans(calendar: BusinessCalendar, fromMs: number, untilMs = Number.POSITIVE_INFINITY): Generator<InstantRange> {
  if (Number.isNaN(fromMs) || Number.isNaN(untilMs)) throw new RangeError('invalid Date');
  const bounded = untilMs !== Number.POSITIVE_INFINITY;
  const lastDay = bounded ? localDayNumber(calendar, untilMs) : Number.POSITIVE_INFINITY;
  let idleDays = 0;
  for (let dayNumber = localDayNumber(calendar, fromMs); dayNumber <= lastDay; dayNumber += 1) {
    let found = false;
    for (const span of daySpans(calendar, dayNumber)) {
      if (span.start >= untilMs) return;
      if (span.end <= fromMs) continue;
      found = true;
      yield { start: Math.max(span.start, fromMs), end: span.end };
    }
    idleDays = found ? 0 : idleDays + 1;
    if (!bounded && idleDays > MAX_IDLE_DAYS) {
      throw new RangeError(`the business calendar has no working time for ${MAX_IDLE_DAYS} days after ${new Date(fromMs).toISOString()}`);
    }
  }
}
