import { weekdayOf, type DayNumber, type Weekday } from '../calendar/calendar-date';
import { startOfMonth, type CalendarSystem } from '../calendar/calendar-system';

/** The weeks of the month that contains `dayInMonth`, each seven cells long; `null` pads before the 1st and after the last day. */
export function monthGrid(calendar: CalendarSystem, dayInMonth: DayNumber, firstDayOfWeek: Weekday): ReadonlyArray<ReadonlyArray<DayNumber | null>> {
  const first = startOfMonth(calendar, dayInMonth);
  const { year, month } = calendar.fromDayNumber(first);
  const length = calendar.monthLength(year, month);
  const lead = (weekdayOf(first) - firstDayOfWeek + 7) % 7;
  const cells: Array<DayNumber | null> = Array.from({ length: lead }, () => null);
  for (let offset = 0; offset < length; offset += 1) cells.push(first + offset);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: Array<ReadonlyArray<DayNumber | null>> = [];
  for (let start = 0; start < cells.length; start += 7) weeks.push(cells.slice(start, start + 7));
  return weeks;
}

/** The seven weekdays in the order the grid's columns show them. */
export function weekdayColumns(firstDayOfWeek: Weekday): readonly Weekday[] {
  return Array.from({ length: 7 }, (_, index) => ((firstDayOfWeek + index) % 7) as Weekday);
}
