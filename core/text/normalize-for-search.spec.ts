import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeForSearch } from './normalize-for-search.js';

function sameForSearch(...spellings: string[]): void {
  const forms = new Set(spellings.map(normalizeForSearch));
  assert.equal(forms.size, 1, `${spellings.join(' | ')} → ${[...forms].join(' | ')}`);
}

describe('normalizeForSearch', () => {
  it('given Arabic yeh and kaf, when normalized, then they are the Persian letters', () => {
    assert.equal(normalizeForSearch('علي'), 'علی');
    assert.equal(normalizeForSearch('موسى'), 'موسی');
    assert.equal(normalizeForSearch('كامپيوتر'), 'کامپیوتر');
  });

  it('given heh variants, when normalized, then they are a plain heh', () => {
    sameForSearch('خانۀ', 'خانه');
    sameForSearch('مدرسة', 'مدرسه');
    sameForSearch('خانهٔ', 'خانه');
  });

  it('given hamza carriers and madda, when normalized, then the common spellings meet', () => {
    sameForSearch('مؤسسه', 'موسسه');
    sameForSearch('پائیز', 'پاییز');
    sameForSearch('آمار', 'امار');
    sameForSearch('إسلام', 'اسلام');
  });

  it('given a word with a ZWNJ, without it and with a space, when normalized, then all three meet', () => {
    sameForSearch('می‌شود', 'میشود', 'می شود', 'می  شود');
    sameForSearch('نمی‌شود', 'نمیشود', 'نمی شود');
    sameForSearch('کتاب‌ها', 'کتابها', 'کتاب ها');
    sameForSearch('بزرگ‌ترین', 'بزرگترین', 'بزرگ ترین');
    sameForSearch('رفته‌اند', 'رفته اند');
  });

  it('given the prefix in the middle of a sentence, when normalized, then only it is joined', () => {
    assert.equal(normalizeForSearch('چاپگر کار نمی کند'), 'چاپگر کار نمیکند');
    assert.equal(normalizeForSearch('لباس تر'), 'لباس تر', '«تر» is a word of its own');
    assert.equal(normalizeForSearch('می vpn'), 'می vpn');
    assert.equal(normalizeForSearch('(می شود) کتاب ها، دفتر ها.'), '(میشود) کتابها، دفترها.');
    assert.equal(normalizeForSearch('همی شود'), 'همی شود', 'only a whole «می» is a prefix');
  });

  it('given harakat, tanwin, superscript alef and tatweel, when normalized, then they are gone', () => {
    assert.equal(normalizeForSearch('کِتابٌ'), 'کتاب');
    assert.equal(normalizeForSearch('رحمٰن'), 'رحمن');
    assert.equal(normalizeForSearch('مُحَمَّد'), 'محمد');
    assert.equal(normalizeForSearch('کـــــتاب'), 'کتاب');
  });

  it('given Persian and Arabic-Indic digits, when normalized, then they are ASCII', () => {
    assert.equal(normalizeForSearch('اتاق ۳۰۴ و ٤٥'), 'اتاق 304 و 45');
    assert.equal(normalizeForSearch('۱۲٫۵'), '12.5');
  });

  it('given Latin text, when normalized, then it is lower-cased, full-width forms included', () => {
    assert.equal(normalizeForSearch('VPN Outlook'), 'vpn outlook');
    assert.equal(normalizeForSearch('ＶＰＮ'), 'vpn');
  });

  it('given Arabic presentation forms pasted from a PDF, when normalized, then they are ordinary letters', () => {
    assert.equal(normalizeForSearch('ﻛﺘﺎﺏ'), 'کتاب');
  });

  it('given invisible marks and odd whitespace, when normalized, then they vanish and spaces collapse', () => {
    assert.equal(normalizeForSearch('\ufeff\u200f  شبکه\u00a0\u00a0داخلی\t\n '), 'شبکه داخلی');
    assert.equal(normalizeForSearch('پرینتر\u200b'), 'پرینتر');
  });

  it('given any text, when normalized twice, then the second pass changes nothing', () => {
    for (const text of ['می‌شود کتاب ها', 'كِتابٌ ۱۲', 'ﻛﺘﺎﺏ VPN', 'نمی شود', 'آمار های  ما']) {
      const once = normalizeForSearch(text);
      assert.equal(normalizeForSearch(once), once, text);
    }
  });

  it('given empty text, when normalized, then it stays empty', () => {
    assert.equal(normalizeForSearch('  \u200c '), '');
  });
});
