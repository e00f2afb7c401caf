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

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Per time zone, per hour since the epoch: the zone's UTC offset in that hour, or null when it changes within it. */
const hourOffsets = new Map<string, Map<number, number | null>>();

function offsetAt(instantMs: number, timeZone: string): number {
  const wall = toWallClock(new Date(instantMs), timeZone);
  return gregorianToDayNumber(wall) * DAY_MS + ((wall.hour * 60 + wall.minute) * 60 + wall.second) * 1000 + wall.millisecond - instantMs;
}

/**
 * The local day (as a day number) on which the instant falls in the calendar's time zone. The
 * zone's offset is remembered per hour (offsets change at most once an hour, and the hour's two
 * ends tell whether it changed in it), because this runs for every SLA deadline.
 */
export function localDayNumber(calendar: BusinessCalendar, instantMs: number): number {
  let offsets = hourOffsets.get(calendar.timeZone);
  if (offsets === undefined) hourOffsets.set(calendar.timeZone, (offsets = new Map()));
  const hour = Math.floor(instantMs / HOUR_MS);
  let offset = offsets.get(hour);
  if (offset === undefined && !Number.isNaN(hour)) {
    const atStart = offsetAt(hour * HOUR_MS, calendar.timeZone);
    offset = atStart === offsetAt((hour + 1) * HOUR_MS - 1, calendar.timeZone) ? atStart : null;
    if (offsets.size >= MAX_REMEMBERED_DAYS * 24) offsets.clear();
    offsets.set(hour, offset);
  }
  if (offset === undefined || offset === null) return gregorianToDayNumber(toWallClock(new Date(instantMs), calendar.timeZone));
  return Math.floor((instantMs + offset) / DAY_MS);
}

/** Days remembered per calendar: a few years of days, enough for every open ticket's deadlines. */
const MAX_REMEMBERED_DAYS = 4_096;
const remembered = new WeakMap<BusinessCalendar, Map<number, readonly InstantRange[]>>();

/**
 * The working time of one local day as instants: weekday intervals, unless a holiday, minus
 * closures. Remembered per calendar (which is immutable): every SLA deadline walks these days, and
 * each costs several time-zone conversions.
 */
export function daySpans(calendar: BusinessCalendar, dayNumber: number): readonly InstantRange[] {
  let days = remembered.get(calendar);
  if (days === undefined) remembered.set(calendar, (days = new Map()));
  let spans = days.get(dayNumber);
  if (spans === undefined) {
    spans = Object.freeze(computeDaySpans(calendar, dayNumber));
    if (days.size >= MAX_REMEMBERED_DAYS) days.clear();
    days.set(dayNumber, spans);
  }
  return spans;
}

function computeDaySpans(calendar: BusinessCalendar, dayNumber: number): InstantRange[] {
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
