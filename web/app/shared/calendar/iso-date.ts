import type { DayNumber } from './calendar-date';
import { dayNumberToGregorian, gregorianMonthLength, gregorianToDayNumber } from './gregorian-date';

/** A calendar date as the API exchanges it: Gregorian `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of an ISO date, or `null` when the text is not a real date. */
export function isoDateToDayNumber(text: IsoDate): DayNumber | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > gregorianMonthLength(year, month)) return null;
  return gregorianToDayNumber({ year, month, day });
}

export function dayNumberToIsoDate(dayNumber: DayNumber): IsoDate {
  const { year, month, day } = dayNumberToGregorian(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
