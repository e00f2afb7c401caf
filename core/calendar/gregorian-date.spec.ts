import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayNumberToGregorian, gregorianToDayNumber, isValidGregorianDate } from './gregorian-date.js';

describe('gregorian day numbers', () => {
  it('given the Unix epoch, when converted, then it is day 0', () => {
    assert.equal(gregorianToDayNumber({ year: 1970, month: 1, day: 1 }), 0);
    assert.deepEqual(dayNumberToGregorian(0), { year: 1970, month: 1, day: 1 });
  });

  it('given every day of several centuries, when converted both ways, then it agrees with Date.UTC', () => {
    const first = Date.UTC(1600, 0, 1) / 86_400_000;
    const last = Date.UTC(2400, 11, 31) / 86_400_000;
    for (let dayNumber = first; dayNumber <= last; dayNumber += 1) {
      const date = new Date(dayNumber * 86_400_000);
      const expected = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
      const actual = dayNumberToGregorian(dayNumber);
      if (actual.year !== expected.year || actual.month !== expected.month || actual.day !== expected.day) {
        assert.deepEqual(actual, expected);
      }
      if (gregorianToDayNumber(expected) !== dayNumber) assert.equal(gregorianToDayNumber(expected), dayNumber);
    }
  });

  it('given 29 February, when validated, then only leap years have it', () => {
    assert.equal(isValidGregorianDate({ year: 2024, month: 2, day: 29 }), true);
    assert.equal(isValidGregorianDate({ year: 2100, month: 2, day: 29 }), false);
    assert.equal(isValidGregorianDate({ year: 2000, month: 2, day: 29 }), true);
    assert.equal(isValidGregorianDate({ year: 2025, month: 4, day: 31 }), false);
  });
});
