import { formatNumber } from './format-number';
import { interpolate } from './interpolate';

describe('numbers in the reader’s language', () => {
  it('given a number, when written in Persian, then it has Persian digits and separators', () => {
    expect(formatNumber(12345, 'fa')).toBe('۱۲٬۳۴۵');
    expect(formatNumber(3, 'fa')).toBe('۳');
    expect(formatNumber(1405, 'fa', { useGrouping: false })).toBe('۱۴۰۵');
  });

  it('given a number, when written in English, then it has Latin digits', () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
  });

  it('given a template, when filled, then numbers follow the language and text is kept', () => {
    expect(interpolate('نسخهٔ {version} از {id}', { version: 12, id: 'ticket-1' }, 'fa')).toBe('نسخهٔ ۱۲ از ticket-1');
    expect(interpolate('version {version}', { version: 12 }, 'en')).toBe('version 12');
    expect(interpolate('{missing} stays', {}, 'en')).toBe('{missing} stays');
  });
});
