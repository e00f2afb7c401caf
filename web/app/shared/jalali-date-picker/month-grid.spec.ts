import { SATURDAY, weekdayOf } from '../calendar/calendar-date';
import { gregorianCalendar, jalaliCalendar } from '../calendar/calendar-system';
import { isoDateToDayNumber } from '../calendar/iso-date';
import { dayAfterKey } from './day-after-key';
import { monthGrid, weekdayColumns } from './month-grid';

const day = (iso: string) => isoDateToDayNumber(iso)!;

describe('month grid', () => {
  it('given Azar 1405, when laid out from Saturday, then the 1st (a Sunday) sits in the second column', () => {
    const weeks = monthGrid(jalaliCalendar, day('2026-11-23'), SATURDAY);
    expect(weeks[0]![0]).toBeNull();
    expect(weeks[0]![1]).toBe(day('2026-11-22'));
    expect(weeks.flat().filter((cell) => cell !== null)).toHaveLength(30);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
  });

  it('given November 2026, when laid out in the Gregorian calendar, then it has 30 days from a Sunday', () => {
    const weeks = monthGrid(gregorianCalendar, day('2026-11-23'), SATURDAY);
    const days = weeks.flat().filter((cell) => cell !== null);
    expect(days).toHaveLength(30);
    expect(weekdayOf(days[0]!)).toBe(0);
  });

  it('given Saturday first, when columns are listed, then they run Saturday to Friday', () => {
    expect(weekdayColumns(SATURDAY)).toEqual([6, 0, 1, 2, 3, 4, 5]);
  });
});

describe('grid keys', () => {
  const monday = day('2026-11-23');
  const rtl = { calendar: jalaliCalendar, direction: 'rtl' as const, firstDayOfWeek: SATURDAY };
  const ltr = { calendar: gregorianCalendar, direction: 'ltr' as const, firstDayOfWeek: SATURDAY };

  it('given a right-to-left grid, when the left arrow is pressed, then the next day is focused', () => {
    expect(dayAfterKey('ArrowLeft', false, monday, rtl)).toBe(monday + 1);
    expect(dayAfterKey('ArrowRight', false, monday, rtl)).toBe(monday - 1);
  });

  it('given a left-to-right grid, when the right arrow is pressed, then the next day is focused', () => {
    expect(dayAfterKey('ArrowRight', false, monday, ltr)).toBe(monday + 1);
    expect(dayAfterKey('ArrowUp', false, monday, ltr)).toBe(monday - 7);
    expect(dayAfterKey('ArrowDown', false, monday, ltr)).toBe(monday + 7);
  });

  it('given a day, when Page keys are pressed, then a month (with Shift a year) passes in the grid’s calendar', () => {
    expect(jalaliCalendar.fromDayNumber(dayAfterKey('PageDown', false, monday, rtl)!)).toEqual({ year: 1405, month: 10, day: 2 });
    expect(jalaliCalendar.fromDayNumber(dayAfterKey('PageUp', true, monday, rtl)!)).toEqual({ year: 1404, month: 9, day: 2 });
    expect(dayAfterKey('PageDown', false, monday, ltr)).toBe(day('2026-12-23'));
  });

  it('given a Monday, when Home and End are pressed, then the week’s Saturday and Friday are focused', () => {
    expect(dayAfterKey('Home', false, monday, rtl)).toBe(day('2026-11-21'));
    expect(dayAfterKey('End', false, monday, rtl)).toBe(day('2026-11-27'));
  });

  it('given another key, when pressed, then the grid leaves it alone', () => {
    expect(dayAfterKey('Tab', false, monday, rtl)).toBeNull();
  });
});
