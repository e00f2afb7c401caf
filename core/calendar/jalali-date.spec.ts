import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayNumberToGregorian, gregorianToDayNumber } from './gregorian-date.js';
import {
  addJalaliDays,
  compareJalaliDates,
  dayNumberToJalali,
  gregorianToJalali,
  isValidJalaliDate,
  jalaliMonthLength,
  jalaliToDayNumber,
  jalaliToGregorian,
  type JalaliDate,
} from './jalali-date.js';
import { isJalaliLeapYear } from './jalali-leap-year.js';

const DAY_MS = 86_400_000;
const persian = new Intl.DateTimeFormat('en-US-u-ca-persian', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  numberingSystem: 'latn',
});

function intlJalali(dayNumber: number): JalaliDate {
  const parts = persian.formatToParts(new Date(dayNumber * DAY_MS));
  const field = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: field('year'), month: field('month'), day: field('day') };
}

function sameDate(a: JalaliDate, b: JalaliDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

describe('Jalali ↔ Gregorian conversion', () => {
  it('given every day from 1900 to 2200, when converted both ways, then it agrees with Intl (ICU)', () => {
    const first = gregorianToDayNumber({ year: 1900, month: 1, day: 1 });
    const last = gregorianToDayNumber({ year: 2200, month: 12, day: 31 });
    for (let dayNumber = first; dayNumber <= last; dayNumber += 1) {
      const expected = intlJalali(dayNumber);
      const actual = dayNumberToJalali(dayNumber);
      if (!sameDate(actual, expected)) assert.deepEqual(actual, expected, `day ${dayNumber}`);
      if (jalaliToDayNumber(expected) !== dayNumber) assert.equal(jalaliToDayNumber(expected), dayNumber);
    }
  });

  it('given the Nowruz of every year from 1 to 3400 AP, when converted, then it agrees with Intl, including the corrected years', () => {
    for (let year = 1; year <= 3400; year += 1) {
      const nowruz = jalaliToDayNumber({ year, month: 1, day: 1 });
      if (!sameDate(intlJalali(nowruz), { year, month: 1, day: 1 })) {
        assert.deepEqual(intlJalali(nowruz), { year, month: 1, day: 1 });
      }
      const lastDayOfYear = intlJalali(nowruz - 1);
      if (lastDayOfYear.day !== jalaliMonthLength(year - 1, 12) && year > 1) {
        assert.equal(jalaliMonthLength(year - 1, 12), lastDayOfYear.day, `Esfand of ${year - 1}`);
      }
    }
  });

  it('given well-known dates, when converted, then they match the official calendar', () => {
    assert.deepEqual(jalaliToGregorian({ year: 1403, month: 1, day: 1 }), { year: 2024, month: 3, day: 20 });
    assert.deepEqual(jalaliToGregorian({ year: 1403, month: 12, day: 30 }), { year: 2025, month: 3, day: 20 });
    assert.deepEqual(jalaliToGregorian({ year: 1404, month: 1, day: 1 }), { year: 2025, month: 3, day: 21 });
    assert.deepEqual(gregorianToJalali({ year: 1979, month: 2, day: 11 }), { year: 1357, month: 11, day: 22 });
    assert.deepEqual(gregorianToJalali({ year: 2026, month: 11, day: 14 }), { year: 1405, month: 8, day: 23 });
  });

  it('given leap years, when asked, then 1399 and 1403 are leap and 1404 is not', () => {
    assert.equal(isJalaliLeapYear(1399), true);
    assert.equal(isJalaliLeapYear(1403), true);
    assert.equal(isJalaliLeapYear(1404), false);
    assert.equal(isJalaliLeapYear(1408), true);
    assert.equal(isJalaliLeapYear(1502), false, 'moved by the correction table');
    assert.equal(isJalaliLeapYear(1503), true, 'moved by the correction table');
  });

  it('given Esfand 30, when validated, then it exists only in leap years', () => {
    assert.equal(isValidJalaliDate({ year: 1403, month: 12, day: 30 }), true);
    assert.equal(isValidJalaliDate({ year: 1404, month: 12, day: 30 }), false);
    assert.equal(isValidJalaliDate({ year: 1403, month: 13, day: 1 }), false);
    assert.equal(isValidJalaliDate({ year: 1403, month: 7, day: 31 }), false);
    assert.equal(isValidJalaliDate({ year: 1403, month: 6, day: 31 }), true);
    assert.equal(isValidJalaliDate({ year: 1403, month: 0, day: 1 }), false);
    assert.equal(isValidJalaliDate({ year: 1403, month: 1.5, day: 1 }), false);
  });

  it('given an invalid date, when converted, then a RangeError names it', () => {
    assert.throws(() => jalaliToGregorian({ year: 1404, month: 12, day: 30 }), RangeError);
  });

  it('given the end of a leap year, when a day is added, then the next year begins', () => {
    assert.deepEqual(addJalaliDays({ year: 1403, month: 12, day: 29 }, 1), { year: 1403, month: 12, day: 30 });
    assert.deepEqual(addJalaliDays({ year: 1403, month: 12, day: 30 }, 1), { year: 1404, month: 1, day: 1 });
    assert.deepEqual(addJalaliDays({ year: 1404, month: 1, day: 1 }, -1), { year: 1403, month: 12, day: 30 });
    assert.deepEqual(addJalaliDays({ year: 1403, month: 6, day: 31 }, 1), { year: 1403, month: 7, day: 1 });
  });

  it('given two dates, when compared, then earlier sorts first', () => {
    assert.ok(compareJalaliDates({ year: 1403, month: 12, day: 30 }, { year: 1404, month: 1, day: 1 }) < 0);
    assert.equal(compareJalaliDates({ year: 1403, month: 2, day: 3 }, { year: 1403, month: 2, day: 3 }), 0);
  });

  it('given a Gregorian date, when round-tripped through Jalali, then it comes back unchanged', () => {
    const date = { year: 2024, month: 2, day: 29 };
    assert.deepEqual(jalaliToGregorian(gregorianToJalali(date)), date);
    assert.deepEqual(dayNumberToGregorian(jalaliToDayNumber(gregorianToJalali(date))), date);
  });
});
