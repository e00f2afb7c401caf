import { toLatinDigits, toPersianDigits } from './persian-digits';

describe('Persian digits', () => {
  it('given ASCII digits, when converted, then they become Persian and the rest stays', () => {
    expect(toPersianDigits('1405/09/02 v0.1')).toBe('۱۴۰۵/۰۹/۰۲ v۰.۱');
  });

  it('given Persian and Arabic digits, when converted back, then they become ASCII', () => {
    expect(toLatinDigits('۱۴۰۵/۰۹/۰۲')).toBe('1405/09/02');
    expect(toLatinDigits('٢٠٢٦-١١-٢٣')).toBe('2026-11-23');
    expect(toLatinDigits('abc')).toBe('abc');
  });
});
