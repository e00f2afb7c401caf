import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatJalaliDate, formatJalaliDateLong } from './format-jalali-date.js';

describe('formatting Jalali dates', () => {
  it('given a date, when formatted numerically, then month and day have two digits', () => {
    assert.equal(formatJalaliDate({ year: 1403, month: 1, day: 5 }), '1403/01/05');
  });

  it('given a date, when formatted for people, then Persian uses Persian digits and the month name', () => {
    assert.equal(formatJalaliDateLong({ year: 1405, month: 8, day: 23 }), '۲۳ آبان ۱۴۰۵');
    assert.equal(formatJalaliDateLong({ year: 1405, month: 8, day: 23 }, 'en'), '23 Aban 1405');
  });
});
