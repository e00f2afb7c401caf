import { gregorianToDayNumber } from './gregorian-date';
import { addMonths, gregorianCalendar, isValidDate, jalaliCalendar, startOfMonth } from './calendar-system';
import { dayNumberToIsoDate, isoDateToDayNumber } from './iso-date';
import { jalaliToDayNumber } from './jalali-date';

describe('calendar systems', () => {
  it('given the 31st of Shahrivar, when a month is added, then it clamps to the 30th of Mehr', () => {
    const day = jalaliToDayNumber({ year: 1405, month: 6, day: 31 });
    expect(jalaliCalendar.fromDayNumber(addMonths(jalaliCalendar, day, 1))).toEqual({ year: 1405, month: 7, day: 30 });
  });

  it('given Esfand 30 of a leap year, when a year is added, then it clamps to Esfand 29', () => {
    const day = jalaliToDayNumber({ year: 1403, month: 12, day: 30 });
    expect(jalaliCalendar.fromDayNumber(addMonths(jalaliCalendar, day, 12))).toEqual({ year: 1404, month: 12, day: 29 });
  });

  it('given January 31, when a month is added, then it clamps to the end of February', () => {
    const day = gregorianToDayNumber({ year: 2028, month: 1, day: 31 });
    expect(gregorianCalendar.fromDayNumber(addMonths(gregorianCalendar, day, 1))).toEqual({ year: 2028, month: 2, day: 29 });
    expect(gregorianCalendar.fromDayNumber(addMonths(gregorianCalendar, day, -2))).toEqual({ year: 2027, month: 11, day: 30 });
  });

  it('given a day, when the start of its month is asked, then it is the first in that calendar', () => {
    const day = gregorianToDayNumber({ year: 2026, month: 11, day: 23 });
    expect(jalaliCalendar.fromDayNumber(startOfMonth(jalaliCalendar, day))).toEqual({ year: 1405, month: 9, day: 1 });
    expect(gregorianCalendar.fromDayNumber(startOfMonth(gregorianCalendar, day))).toEqual({ year: 2026, month: 11, day: 1 });
  });

  it('given dates, when validated, then impossible days and unsupported years are refused', () => {
    expect(isValidDate(jalaliCalendar, { year: 1405, month: 12, day: 30 })).toBe(false);
    expect(isValidDate(jalaliCalendar, { year: 1403, month: 12, day: 30 })).toBe(true);
    expect(isValidDate(jalaliCalendar, { year: 1600, month: 1, day: 1 })).toBe(false);
    expect(isValidDate(gregorianCalendar, { year: 2026, month: 2, day: 29 })).toBe(false);
  });

  it('given ISO dates, when read and written, then they round-trip and nonsense is refused', () => {
    expect(dayNumberToIsoDate(isoDateToDayNumber('2026-11-23')!)).toBe('2026-11-23');
    expect(isoDateToDayNumber('1970-01-01')).toBe(0);
    expect(isoDateToDayNumber('2026-02-30')).toBeNull();
    expect(isoDateToDayNumber('2026-1-3')).toBeNull();
    expect(isoDateToDayNumber('')).toBeNull();
  });
});
