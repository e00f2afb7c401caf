import { ValidationError } from '../errors/validation-error.js';
import type { BusinessCalendarDefinition } from './business-calendar-definition.js';
import { DEFAULT_TIME_ZONE } from './time-zone.js';
import { parseTimeOfDay } from './time-of-day.js';
import { validateBusinessCalendar } from './validate-business-calendar.js';
import { WEEKDAYS, type Weekday } from './weekday.js';

/** Minutes since local midnight, `[start, end)`. */
export interface MinuteRange {
  readonly start: number;
  readonly end: number;
}

/** Epoch milliseconds, `[start, end)`. */
export interface InstantRange {
  readonly start: number;
  readonly end: number;
}

/** A validated calendar, ready for the working-time functions (`addBusinessMinutes` and its siblings). */
export interface BusinessCalendar {
  readonly timeZone: string;
  /** Sorted, non-overlapping, touching intervals merged. */
  readonly week: Readonly<Record<Weekday, readonly MinuteRange[]>>;
  /** `month-day` of holidays that recur every year. */
  readonly yearlyHolidays: ReadonlySet<string>;
  /** `year-month-day` of holidays of one year only. */
  readonly datedHolidays: ReadonlySet<string>;
  /** Sorted, merged. */
  readonly closures: readonly InstantRange[];
}

function mergeRanges<T extends { start: number; end: number }>(ranges: readonly T[]): { start: number; end: number }[] {
  const merged: { start: number; end: number }[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last !== undefined && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ start: range.start, end: range.end });
  }
  return merged;
}

/** Validates a definition and compiles it; throws a ValidationError listing every problem. */
export function createBusinessCalendar(definition: BusinessCalendarDefinition): BusinessCalendar {
  const problems = validateBusinessCalendar(definition);
  if (problems.length > 0) throw new ValidationError(problems);

  const week = {} as Record<Weekday, readonly MinuteRange[]>;
  for (const weekday of WEEKDAYS) {
    const intervals = (definition.week[weekday] ?? []).map((interval) => ({
      start: parseTimeOfDay(interval.start) as number,
      end: parseTimeOfDay(interval.end) as number,
    }));
    week[weekday] = mergeRanges(intervals);
  }
  const holidays = definition.holidays ?? [];
  return {
    timeZone: definition.timeZone ?? DEFAULT_TIME_ZONE,
    week,
    yearlyHolidays: new Set(holidays.filter((h) => h.year === undefined).map((h) => `${h.month}-${h.day}`)),
    datedHolidays: new Set(holidays.filter((h) => h.year !== undefined).map((h) => `${h.year}-${h.month}-${h.day}`)),
    closures: mergeRanges((definition.closures ?? []).map((c) => ({ start: c.from.getTime(), end: c.to.getTime() }))),
  };
}
