import { closureDays, endOfClosure, holidayIsoDate, jalaliOf, startOfTehranDay } from './calendar-days';

describe('calendar days', () => {
  it('given a yearly Jalali holiday, when shown in a year, then it falls on that year’s Gregorian date, and back', () => {
    expect(holidayIsoDate({ year: null, month: 1, day: 1 }, 1405)).toBe('2026-03-21');
    expect(jalaliOf('2026-03-21')).toEqual({ year: 1405, month: 1, day: 1 });
  });

  it('given a closure of two days, when stored and read back, then it runs from Tehran midnight to the midnight after the last day', () => {
    const from = startOfTehranDay('2026-11-23');
    const to = endOfClosure('2026-11-24');
    expect([from, to]).toEqual(['2026-11-22T20:30:00.000Z', '2026-11-24T20:30:00.000Z']);
    expect(closureDays(from, to, 'Asia/Tehran')).toEqual({ first: '2026-11-23', last: '2026-11-24' });
  });
});
