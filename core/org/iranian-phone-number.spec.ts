import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatIranianPhoneNumber, normalizeIranianPhoneNumber, parseIranianPhoneNumber } from './iranian-phone-number.js';

describe('Iranian phone numbers', () => {
  it('given a mobile number written every usual way, when normalized, then all give +989121234567', () => {
    const forms = [
      '09121234567',
      '+989121234567',
      '00989121234567',
      '989121234567',
      '9121234567',
      '0912 123 4567',
      '0912-123-4567',
      '+98 (912) 123-4567',
      '۰۹۱۲۱۲۳۴۵۶۷',
      '٠٩١٢١٢٣٤٥٦٧',
      '\u200e+98 912 123 4567\u200f',
      ' 0912\u00a0123\u00a04567 ',
      '+98 (0)912 123 4567',
    ];
    for (const form of forms) assert.equal(normalizeIranianPhoneNumber(form), '+989121234567', form);
  });

  it('given a Tehran landline, when parsed, then the area code is kept and it is a landline', () => {
    assert.deepEqual(parseIranianPhoneNumber('021-88776655'), { e164: '+982188776655', national: '02188776655', kind: 'landline' });
    assert.equal(normalizeIranianPhoneNumber('+98 21 8877 6655'), '+982188776655');
    assert.equal(normalizeIranianPhoneNumber('(031) 3222 1100'), '+983132221100');
  });

  it('given a landline without area code, when a default area code is configured, then it is used', () => {
    assert.equal(normalizeIranianPhoneNumber('88776655'), null);
    assert.equal(normalizeIranianPhoneNumber('8877 6655', { defaultAreaCode: '21' }), '+982188776655');
  });

  it('given numbers that are not Iranian phone numbers, when parsed, then the result is null', () => {
    for (const input of ['', '110', '4501', '+4915112345678', '0912123456', '091212345678', 'abc', '00212345678', '+98 00912 123 4567']) {
      assert.equal(parseIranianPhoneNumber(input), null, input);
    }
  });

  it('given a parsed number, when formatted, then it is grouped for reading', () => {
    assert.equal(formatIranianPhoneNumber(parseIranianPhoneNumber('+989121234567')!), '0912 123 4567');
    assert.equal(formatIranianPhoneNumber(parseIranianPhoneNumber('02188776655')!), '021 8877 6655');
  });
});
