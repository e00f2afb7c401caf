import { dayNumberToGregorian, gregorianMonthLength, gregorianToDayNumber } from './gregorian-date';

describe('Gregorian calendar', () => {
  it('given days from 1799 to 2124, when converted both ways, then they agree with Date', () => {
    const mismatches: number[] = [];
    for (let day = gregorianToDayNumber({ year: 1799, month: 1, day: 1 }); day <= gregorianToDayNumber({ year: 2124, month: 12, day: 31 }); day += 1) {
      const date = new Date(day * 86_400_000);
      const ours = dayNumberToGregorian(day);
      const same = ours.year === date.getUTCFullYear() && ours.month === date.getUTCMonth() + 1 && ours.day === date.getUTCDate();
      if (!same || gregorianToDayNumber(ours) !== day) mismatches.push(day);
    }
    expect(mismatches).toEqual([]);
  });

  it('given February, when its length is asked, then leap years follow the 4/100/400 rule', () => {
    expect([2024, 2000, 1900, 2026].map((year) => gregorianMonthLength(year, 2))).toEqual([29, 29, 28, 28]);
  });
});
