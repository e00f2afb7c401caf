import type { GregorianDate } from './gregorian-date.js';
import { DEFAULT_TIME_ZONE, wallClockFormatter } from './time-zone.js';

/** What a clock on the wall in some time zone shows: a Gregorian date and a 24-hour time. */
export interface WallClock extends GregorianDate {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

/** A wall-clock reading to convert; the time fields default to 0 and may overflow (24:00 is the next midnight). */
export interface WallClockInput extends GregorianDate {
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
  readonly millisecond?: number;
}

const DAY_MS = 86_400_000;

function assertValidInstant(instant: Date): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('invalid Date');
  return ms;
}

/** The instant in `timeZone` as a wall-clock reading. */
export function toWallClock(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): WallClock {
  const ms = assertValidInstant(instant);
  const fields: Record<string, string> = {};
  for (const part of wallClockFormatter(timeZone).formatToParts(instant)) fields[part.type] = part.value;
  const yearOfEra = Number(fields.year);
  return {
    year: fields.era === 'BC' ? 1 - yearOfEra : yearOfEra,
    month: Number(fields.month),
    day: Number(fields.day),
    hour: Number(fields.hour) % 24,
    minute: Number(fields.minute),
    second: Number(fields.second),
    millisecond: ((ms % 1000) + 1000) % 1000,
  };
}

/** The wall-clock fields read as if they were UTC: the "local milliseconds" of that reading. */
function localMs(wall: WallClockInput): number {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not move years 0–99 into the 1900s.
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour ?? 0, wall.minute ?? 0, wall.second ?? 0, wall.millisecond ?? 0);
  return date.getTime();
}

function offsetMs(instantMs: number, timeZone: string): number {
  return localMs(toWallClock(new Date(instantMs), timeZone)) - instantMs;
}

/**
 * The instant at which clocks in `timeZone` show `wall`. Around a daylight-saving change this
 * follows `Temporal`'s "compatible" choice: a reading that happened twice (clocks went back) gives
 * the earlier instant; a reading that never happened (clocks jumped forward) is moved forward by the
 * length of the jump, so 00:30 on a day whose midnight jumped to 01:00 gives 01:30.
 */
export function fromWallClock(wall: WallClockInput, timeZone: string = DEFAULT_TIME_ZONE): Date {
  const local = localMs(wall);
  if (Number.isNaN(local)) throw new RangeError('invalid wall-clock reading');
  const offsetBefore = offsetMs(local - DAY_MS, timeZone);
  const offsetAfter = offsetMs(local + DAY_MS, timeZone);
  const candidates = [local - offsetBefore, local - offsetAfter]
    .filter((candidate) => localMs(toWallClock(new Date(candidate), timeZone)) === local)
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? local - offsetBefore);
}
