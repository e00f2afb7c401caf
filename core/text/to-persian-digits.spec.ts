import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toLatinDigits } from './to-latin-digits.js';
import { toPersianDigits } from './to-persian-digits.js';

describe('digit conversion', () => {
  it('given ASCII and Arabic-Indic digits, when written in Persian, then only the digits change', () => {
    assert.equal(toPersianDigits('کد پیگیری 12345671'), 'کد پیگیری ۱۲۳۴۵۶۷۱');
    assert.equal(toPersianDigits('١٤٠٣/08/26'), '۱۴۰۳/۰۸/۲۶');
    assert.equal(toPersianDigits(1405), '۱۴۰۵');
    assert.equal(toPersianDigits(-2.5), '-۲.۵');
  });

  it('given Persian and Arabic-Indic digits, when made ASCII, then everything else is kept', () => {
    assert.equal(toLatinDigits('۰۹۱۲-١٢٣'), '0912-123');
    assert.equal(toLatinDigits('abc'), 'abc');
  });
});
