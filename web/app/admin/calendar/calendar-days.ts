import type { HolidayInput } from '../../../contract/admin/business-calendar';
import type { CalendarDate } from '../../shared/calendar/calendar-date';
import { dayNumberToIsoDate, isoDateToDayNumber, type IsoDate } from '../../shared/calendar/iso-date';
import { dayNumberToJalali, jalaliToDayNumber } from '../../shared/calendar/jalali-date';
import { dayNumberAt } from '../../shared/calendar/today';

/** Tehran's offset from UTC; Iran keeps no daylight saving time since 2022. */
const TEHRAN_OFFSET = '+03:30';

/** The ISO date the date picker shows for a Jalali holiday; a yearly one on its day of `currentJalaliYear`. */
export function holidayIsoDate(holiday: Pick<HolidayInput, 'year' | 'month' | 'day'>, currentJalaliYear: number): IsoDate {
  return dayNumberToIsoDate(jalaliToDayNumber({ year: holiday.year ?? currentJalaliYear, month: holiday.month, day: holiday.day }));
}

/** The Jalali date of a picked ISO date; `null` when the text is no date. */
export function jalaliOf(date: IsoDate | null): CalendarDate | null {
  const day = date === null ? null : isoDateToDayNumber(date);
  return day === null ? null : dayNumberToJalali(day);
}

export function jalaliYearAt(instant: Date, timeZone: string): number {
  return dayNumberToJalali(dayNumberAt(instant, timeZone)).year;
}

/** The first instant of a day in Tehran. */
export function startOfTehranDay(date: IsoDate): string {
  return new Date(`${date}T00:00:00${TEHRAN_OFFSET}`).toISOString();
}

/** A closure `[from, to)` as the days it covers, first and last, in Tehran. */
export function closureDays(from: string, to: string, timeZone: string): { first: IsoDate; last: IsoDate } {
  return { first: dayNumberToIsoDate(dayNumberAt(new Date(from), timeZone)), last: dayNumberToIsoDate(dayNumberAt(new Date(new Date(to).getTime() - 1), timeZone)) };
}

/** The instant a closure ending with the day `last` ends: the start of the next day in Tehran. */
export function endOfClosure(last: IsoDate): string {
  const day = isoDateToDayNumber(last);
  return day === null ? last : startOfTehranDay(dayNumberToIsoDate(day + 1));
}
