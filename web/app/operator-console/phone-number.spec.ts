import { isLookupNumber, normalizePhoneNumber } from './phone-number';

describe('normalizePhoneNumber', () => {
  it('given Persian or Arabic digits with spaces and dashes, when normalized, then Latin digits only', () => {
    expect(normalizePhoneNumber('۰۹۱۲ ۱۲۳-۴۵۶۷')).toBe('09121234567');
    expect(normalizePhoneNumber('٠٩١٢١٢٣٤٥٦٧')).toBe('09121234567');
    expect(normalizePhoneNumber('(021) 8888.1234')).toBe('02188881234');
  });

  it('given the country code of Iran in any form, when normalized, then the domestic leading zero', () => {
    expect(normalizePhoneNumber('+98 912 123 4567')).toBe('09121234567');
    expect(normalizePhoneNumber('۰۰۹۸۹۱۲۱۲۳۴۵۶۷')).toBe('09121234567');
    expect(normalizePhoneNumber('989121234567')).toBe('09121234567');
  });

  it('given a foreign number or an extension, when normalized, then kept as it is', () => {
    expect(normalizePhoneNumber('+44 20 7946 0958')).toBe('+442079460958');
    expect(normalizePhoneNumber('۱۰۰۱')).toBe('1001');
  });
});

describe('isLookupNumber', () => {
  it('given numbers and non-numbers, when checked, then only 3 to 15 digits pass', () => {
    expect(isLookupNumber('1001')).toBe(true);
    expect(isLookupNumber('09121234567')).toBe(true);
    expect(isLookupNumber('+442079460958')).toBe(true);
    expect(isLookupNumber('12')).toBe(false);
    expect(isLookupNumber('0912abc')).toBe(false);
    expect(isLookupNumber('')).toBe(false);
  });
});
