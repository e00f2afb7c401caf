import type { CalendarDate, DayNumber } from './calendar-date';
import { dayNumberToGregorian, gregorianMonthLength, gregorianToDayNumber } from './gregorian-date';
import { FIRST_JALALI_YEAR, LAST_JALALI_YEAR, dayNumberToJalali, jalaliMonthLength, jalaliToDayNumber } from './jalali-date';

/** What a month grid or a date field needs from a calendar, whichever it is. */
export interface CalendarSystem {
  readonly id: 'jalali' | 'gregorian';
  /** The `-u-ca-` keyword `Intl` knows the calendar by. */
  readonly intlCalendar: 'persian' | 'gregory';
  readonly firstDay: DayNumber;
  readonly lastDay: DayNumber;
  monthLength(year: number, month: number): number;
  toDayNumber(date: CalendarDate): DayNumber;
  fromDayNumber(dayNumber: DayNumber): CalendarDate;
}

export const jalaliCalendar: CalendarSystem = {
  id: 'jalali',
  intlCalendar: 'persian',
  firstDay: jalaliToDayNumber({ year: FIRST_JALALI_YEAR, month: 1, day: 1 }),
  lastDay: jalaliToDayNumber({ year: LAST_JALALI_YEAR, month: 12, day: jalaliMonthLength(LAST_JALALI_YEAR, 12) }),
  monthLength: jalaliMonthLength,
  toDayNumber: jalaliToDayNumber,
  fromDayNumber: dayNumberToJalali,
};

/** Limited to the Jalali calendar's range so that a date typed in either calendar can be shown in both. */
export const gregorianCalendar: CalendarSystem = {
  id: 'gregorian',
  intlCalendar: 'gregory',
  firstDay: jalaliCalendar.firstDay,
  lastDay: jalaliCalendar.lastDay,
  monthLength: gregorianMonthLength,
  toDayNumber: gregorianToDayNumber,
  fromDayNumber: dayNumberToGregorian,
};

/** Whether the date exists in the calendar and lies within the range the app supports. */
export function isValidDate(calendar: CalendarSystem, date: CalendarDate): boolean {
  const { year, month, day } = date;
  if (![year, month, day].every(Number.isInteger)) return false;
  if (month < 1 || month > 12 || day < 1 || day > calendar.monthLength(year, month)) return false;
  const dayNumber = calendar.toDayNumber(date);
  return dayNumber >= calendar.firstDay && dayNumber <= calendar.lastDay;
}

/** The same day `months` months later (or earlier), clamped to the end of a shorter month. */
export function addMonths(calendar: CalendarSystem, dayNumber: DayNumber, months: number): DayNumber {
  const date = calendar.fromDayNumber(dayNumber);
  const monthIndex = date.year * 12 + date.month - 1 + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return calendar.toDayNumber({ year, month, day: Math.min(date.day, calendar.monthLength(year, month)) });
}

export function startOfMonth(calendar: CalendarSystem, dayNumber: DayNumber): DayNumber {
  return dayNumber - calendar.fromDayNumber(dayNumber).day + 1;
}
