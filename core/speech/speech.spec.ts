import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PROMPT_NAMES, PROMPTS } from './prompt-catalog.js';
import { sayDigits } from './say-digits.js';
import { sayJalaliDate } from './say-jalali-date.js';
import { sayNumber, sayOrdinal } from './say-number.js';

const texts = new Map(PROMPTS.map((prompt) => [prompt.name, prompt.text]));
/** What a listener hears, written out from the catalogue's texts. */
const heard = (names: string[]) =>
  names
    .map((name) => {
      const text = texts.get(name);
      assert.ok(text !== undefined, `${name} is not in the prompt catalogue`);
      return text;
    })
    .join(' ');

describe('sayNumber', () => {
  it('given 1234, when spoken, then every part is joined by «و»', () => {
    assert.deepEqual(sayNumber(1234), ['number/1000', 'number/and', 'number/200', 'number/and', 'number/30', 'number/and', 'number/4']);
    assert.equal(heard(sayNumber(1234)), 'هزار و دویست و سی و چهار');
  });

  it('given the numbers Persian says irregularly, when spoken, then they follow Persian usage', () => {
    const cases: [number, string][] = [
      [0, 'صفر'],
      [7, 'هفت'],
      [15, 'پانزده'],
      [20, 'بیست'],
      [21, 'بیست و یک'],
      [100, 'صد'],
      [101, 'صد و یک'],
      [110, 'صد و ده'],
      [999, 'نهصد و نود و نه'],
      [1000, 'هزار'],
      [1001, 'هزار و یک'],
      [2000, 'دو هزار'],
      [10_000, 'ده هزار'],
      [120_000, 'صد و بیست هزار'],
      [1_000_000, 'یک میلیون'],
      [1_001_000, 'یک میلیون و هزار'],
      [2_500_000, 'دو میلیون و پانصد هزار'],
      [1_000_000_001, 'یک میلیارد و یک'],
      [1405, 'هزار و چهارصد و پنج'],
    ];
    for (const [value, text] of cases) assert.equal(heard(sayNumber(value)), text, String(value));
  });

  it('given a negative number, when spoken, then «منفی» comes first', () => {
    assert.equal(heard(sayNumber(-12)), 'منفی دوازده');
  });

  it('given fractions or numbers too large, when spoken, then they are refused', () => {
    assert.throws(() => sayNumber(1.5), RangeError);
    assert.throws(() => sayNumber(1e12), RangeError);
    assert.throws(() => sayNumber(Number.NaN), RangeError);
  });
});

describe('sayOrdinal', () => {
  it('given ordinals, when spoken, then only the last word is ordinal', () => {
    const cases: [number, string][] = [
      [1, 'یکم'],
      [3, 'سوم'],
      [10, 'دهم'],
      [21, 'بیست و یکم'],
      [23, 'بیست و سوم'],
      [30, 'سی\u200cام'],
      [31, 'سی و یکم'],
      [100, 'صدم'],
      [1000, 'هزارم'],
      [2000, 'دو هزارم'],
    ];
    for (const [value, text] of cases) assert.equal(heard(sayOrdinal(value)), text, String(value));
  });

  it('given zero, when an ordinal is asked, then it is refused', () => {
    assert.throws(() => sayOrdinal(0), RangeError);
  });
});

describe('sayJalaliDate', () => {
  it('given 23 Aban 1405, when spoken, then it is «بیست و سوم آبان هزار و چهارصد و پنج»', () => {
    assert.equal(heard(sayJalaliDate({ year: 1405, month: 8, day: 23 })), 'بیست و سوم آبان هزار و چهارصد و پنج');
  });

  it('given the weekday is wanted, when spoken, then it comes first', () => {
    assert.equal(heard(sayJalaliDate({ year: 1403, month: 12, day: 30 }, { weekday: true })), 'پنجشنبه سی\u200cام اسفند هزار و چهارصد و سه');
  });

  it('given a date that does not exist, when spoken, then it is refused', () => {
    assert.throws(() => sayJalaliDate({ year: 1404, month: 12, day: 30 }), RangeError);
  });
});

describe('sayDigits', () => {
  it('given a tracking code, when spoken, then it is read digit by digit, Persian digits too', () => {
    assert.deepEqual(sayDigits('1205'), ['number/1', 'number/2', 'number/0', 'number/5']);
    assert.deepEqual(sayDigits('۱۲۰۵'), sayDigits('1205'));
    assert.equal(heard(sayDigits('12345671')), 'یک دو سه چهار پنج شش هفت یک');
  });

  it('given anything but digits, when spoken digit by digit, then it is refused', () => {
    assert.throws(() => sayDigits('12-34'), RangeError);
    assert.throws(() => sayDigits(''), RangeError);
  });
});

describe('the prompt catalogue', () => {
  it('given everything the speech functions can say, when listed, then every prompt is in the catalogue once', () => {
    assert.equal(new Set(PROMPT_NAMES).size, PROMPT_NAMES.length);
    const used = new Set<string>();
    for (let value = 0; value <= 3000; value += 1) sayNumber(value).forEach((name) => used.add(name));
    for (let value = 1; value <= 3000; value += 1) sayOrdinal(value).forEach((name) => used.add(name));
    for (const value of [1e6, 2e6, 1e9, 5e9, -1]) sayNumber(value).forEach((name) => used.add(name));
    for (const value of [1e6, 1e9]) sayOrdinal(value).forEach((name) => used.add(name));
    for (let month = 1; month <= 12; month += 1) {
      for (let day = 1; day <= 7; day += 1) sayJalaliDate({ year: 1404, month, day }, { weekday: true }).forEach((name) => used.add(name));
    }
    assert.deepEqual([...used].filter((name) => !texts.has(name)), []);
    assert.deepEqual(PROMPT_NAMES.filter((name) => !used.has(name)), [], 'no prompt is recorded in vain');
  });

  it('given prompt names, when used as Asterisk sound names, then they are plain ASCII paths', () => {
    for (const name of PROMPT_NAMES) assert.match(name, /^[a-z]+\/[a-z0-9]+$/);
  });
});
