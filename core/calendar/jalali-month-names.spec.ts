import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jalaliMonthName } from './jalali-month-names.js';

describe('jalaliMonthName', () => {
  it('given a month number, when named, then Persian is the default and English is available', () => {
    assert.equal(jalaliMonthName(1), 'فروردین');
    assert.equal(jalaliMonthName(8), 'آبان');
    assert.equal(jalaliMonthName(12, 'en'), 'Esfand');
  });

  it('given the names Intl produces for Persian months, when compared, then they agree', () => {
    const format = new Intl.DateTimeFormat('fa-IR-u-ca-persian', { month: 'long', timeZone: 'UTC' });
    for (let month = 1; month <= 12; month += 1) {
      // The 5th of each Jalali month of 1403, starting from Farvardin 5 = 2024-03-24.
      const day = Date.UTC(2024, 2, 24) + (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) * 86_400_000;
      assert.equal(jalaliMonthName(month), format.format(new Date(day)));
    }
  });

  it('given a month out of range, when named, then it is refused', () => {
    assert.throws(() => jalaliMonthName(13), RangeError);
    assert.throws(() => jalaliMonthName(0), RangeError);
  });
});
