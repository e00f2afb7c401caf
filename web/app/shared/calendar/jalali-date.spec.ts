import { gregorianToDayNumber } from './gregorian-date';
import { FIRST_JALALI_YEAR, LAST_JALALI_YEAR, dayNumberToJalali, isJalaliLeapYear, jalaliMonthLength, jalaliToDayNumber } from './jalali-date';

const DAY_MS = 86_400_000;
const icu = new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });

function intlJalali(dayNumber: number): string {
  const parts = icu.formatToParts(new Date(dayNumber * DAY_MS));
  const field = (type: string) => parts.find((part) => part.type === type)?.value;
  return `${field('year')}/${field('month')}/${field('day')}`;
}

describe('Jalali calendar', () => {
  it('given every day of the supported years, when converted both ways, then it agrees with Intl (ICU)', () => {
    const first = jalaliToDayNumber({ year: FIRST_JALALI_YEAR, month: 1, day: 1 });
    const last = jalaliToDayNumber({ year: LAST_JALALI_YEAR, month: 12, day: jalaliMonthLength(LAST_JALALI_YEAR, 12) });
    const mismatches: string[] = [];
    for (let day = first; day <= last; day += 1) {
      const { year, month, day: dayOfMonth } = dayNumberToJalali(day);
      const ours = `${year}/${month}/${dayOfMonth}`;
      if (ours !== intlJalali(day) || jalaliToDayNumber({ year, month, day: dayOfMonth }) !== day) mismatches.push(`${day}: ${ours} vs ${intlJalali(day)}`);
    }
    expect(mismatches).toEqual([]);
    expect(last - first + 1).toBeGreaterThan(118_000);
  });

  it('given well-known dates, when converted, then they match the official calendar', () => {
    expect(jalaliToDayNumber({ year: 1403, month: 1, day: 1 })).toBe(gregorianToDayNumber({ year: 2024, month: 3, day: 20 }));
    expect(jalaliToDayNumber({ year: 1403, month: 12, day: 30 })).toBe(gregorianToDayNumber({ year: 2025, month: 3, day: 20 }));
    expect(dayNumberToJalali(gregorianToDayNumber({ year: 1979, month: 2, day: 11 }))).toEqual({ year: 1357, month: 11, day: 22 });
    expect(dayNumberToJalali(gregorianToDayNumber({ year: 2026, month: 11, day: 23 }))).toEqual({ year: 1405, month: 9, day: 2 });
  });

  it('given a year, when asked about leap years, then Esfand has 30 days only in leap years', () => {
    expect([1399, 1403, 1408].map(isJalaliLeapYear)).toEqual([true, true, true]);
    expect([1400, 1404, 1405].map(isJalaliLeapYear)).toEqual([false, false, false]);
    expect(jalaliMonthLength(1403, 12)).toBe(30);
    expect(jalaliMonthLength(1404, 12)).toBe(29);
    expect(jalaliMonthLength(1404, 6)).toBe(31);
    expect(jalaliMonthLength(1404, 7)).toBe(30);
  });
});
