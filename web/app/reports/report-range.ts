import type { Language } from '../core/i18n/language';
import type { DayNumber } from '../shared/calendar/calendar-date';
import { weekdayOf, SATURDAY } from '../shared/calendar/calendar-date';
import { calendarForLanguage } from '../shared/calendar/calendar-for-language';
import { startOfMonth } from '../shared/calendar/calendar-system';
import { dayNumberToIsoDate, isoDateToDayNumber, type IsoDate } from '../shared/calendar/iso-date';

/** The days a report covers, both included, as ISO dates on Tehran's calendar. */
export interface DayRange {
  readonly fromDay: IsoDate;
  readonly toDay: IsoDate;
}

export const RANGE_PRESETS = ['today', 'yesterday', 'thisWeek', 'last7', 'thisMonth', 'last30', 'last90', 'thisYear'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

const DAY_MS = 86_400_000;
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** Milliseconds the zone's clocks are ahead of UTC at `instantMs`. */
function zoneOffsetMs(instantMs: number, timeZone: string): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    offsetFormatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(new Date(instantMs)).map((part) => [part.type, part.value]));
  const wall = Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']) % 24, Number(parts['minute']), Number(parts['second']));
  return wall - Math.floor(instantMs / 1000) * 1000;
}

/** The instant a day begins on the clocks of `timeZone` (midnight, or the first minute after a jump). */
export function startOfDay(day: DayNumber, timeZone: string): Date {
  const local = day * DAY_MS;
  // Two passes settle the offset even on a day whose offset differs from the previous one.
  let instant = local - zoneOffsetMs(local, timeZone);
  instant = local - zoneOffsetMs(instant, timeZone);
  return new Date(instant);
}

/** The API's `[from, to)` instants for a range of whole days. */
export function rangeInstants(range: DayRange, timeZone: string): { from: string; to: string } {
  const first = isoDateToDayNumber(range.fromDay);
  const last = isoDateToDayNumber(range.toDay);
  if (first === null || last === null) throw new RangeError(`not a day range: ${range.fromDay}–${range.toDay}`);
  return { from: startOfDay(first, timeZone).toISOString(), to: startOfDay(last + 1, timeZone).toISOString() };
}

/** A preset range ending today, in the calendar of the language (a Jalali month in Persian). */
export function presetRange(preset: RangePreset, today: DayNumber, language: Language): DayRange {
  const calendar = calendarForLanguage(language);
  const range = (first: DayNumber, last: DayNumber = today): DayRange => ({ fromDay: dayNumberToIsoDate(first), toDay: dayNumberToIsoDate(last) });
  switch (preset) {
    case 'today':
      return range(today);
    case 'yesterday':
      return range(today - 1, today - 1);
    case 'thisWeek':
      // The Iranian week starts on Saturday, in both languages (as the date picker's does).
      return range(today - ((weekdayOf(today) - SATURDAY + 7) % 7));
    case 'last7':
      return range(today - 6);
    case 'thisMonth':
      return range(startOfMonth(calendar, today));
    case 'last30':
      return range(today - 29);
    case 'last90':
      return range(today - 89);
    case 'thisYear': {
      const date = calendar.fromDayNumber(today);
      return range(calendar.toDayNumber({ year: date.year, month: 1, day: 1 }));
    }
  }
}

/** Whether the range is real: both days valid, the first not after the last. */
export function isValidRange(range: Partial<DayRange>): range is DayRange {
  const first = isoDateToDayNumber(range.fromDay ?? '');
  const last = isoDateToDayNumber(range.toDay ?? '');
  return first !== null && last !== null && first <= last;
}
