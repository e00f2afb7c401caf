import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseJalaliDate } from './parse-jalali-date.js';

describe('parseJalaliDate', () => {
  it('given the usual ways of writing a date, when parsed, then they all give the same date', () => {
    const expected = { year: 1403, month: 12, day: 30 };
    assert.deepEqual(parseJalaliDate('1403/12/30'), expected);
    assert.deepEqual(parseJalaliDate(' 1403-12-30 '), expected);
    assert.deepEqual(parseJalaliDate('۱۴۰۳/۱۲/۳۰'), expected);
    assert.deepEqual(parseJalaliDate('١٤٠٣/١٢/٣٠'), expected);
    assert.deepEqual(parseJalaliDate('1403/1/5'), { year: 1403, month: 1, day: 5 });
  });

  it('given text that is not a real date, when parsed, then the result is null', () => {
    assert.equal(parseJalaliDate('1403/13/01'), null);
    assert.equal(parseJalaliDate('1404/12/30'), null);
    assert.equal(parseJalaliDate('03/12/30'), null);
    assert.equal(parseJalaliDate('1403/12'), null);
    assert.equal(parseJalaliDate('tomorrow'), null);
  });
});
