import { gregorianToJalali, jalaliToGregorian, type JalaliDate } from './jalali-date.js';
import { DEFAULT_TIME_ZONE } from './time-zone.js';
import { fromWallClock, toWallClock } from './wall-clock.js';

/** A wall-clock reading with a Jalali date, as Iranian users read and write it. */
export interface JalaliWallClock extends JalaliDate {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

export interface JalaliWallClockInput extends JalaliDate {
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
  readonly millisecond?: number;
}

export function toJalaliWallClock(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): JalaliWallClock {
  const wall = toWallClock(instant, timeZone);
  return { ...gregorianToJalali(wall), hour: wall.hour, minute: wall.minute, second: wall.second, millisecond: wall.millisecond };
}

/** The instant of a Jalali wall-clock reading; see `fromWallClock` for readings a clock change skipped or repeated. */
export function fromJalaliWallClock(wall: JalaliWallClockInput, timeZone: string = DEFAULT_TIME_ZONE): Date {
  const { year, month, day } = jalaliToGregorian(wall);
  return fromWallClock({ year, month, day, hour: wall.hour, minute: wall.minute, second: wall.second, millisecond: wall.millisecond }, timeZone);
}
