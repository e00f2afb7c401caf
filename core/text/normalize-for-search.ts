import { toLatinDigits } from './to-latin-digits.js';

// Format characters with no visible form: ZWNJ and ZWJ, zero-width space, word joiner, BOM, soft
// hyphen, the Arabic letter mark and the bidi controls that come with text pasted from RTL sources.
const INVISIBLE = /[\u200b\u200c\u2060\ufeff\u00ad\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\u200d/g;

// Harakat, tanwin, shadda, sukun, the hamza and madda marks, superscript alef, Quranic annotation
// marks, and the tatweel (kashida) used to stretch words.
const MARKS = /[\u064b-\u065f\u0670\u0610-\u061a\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]/g;

/**
 * One spelling per letter. Arabic yeh and kaf become Persian ones (keyboards and Arabic sources
 * mix them). Heh variants (ۀ, ة, Urdu and Kurdish hehs) become ه: «خانۀ» and «مدرسة» are searched as
 * «خانه» and «مدرسه». Hamza carriers are folded (أ إ ٱ → ا, ؤ → و, ئ → ی) so that «مؤسسه» finds
 * «موسسه» and «پائیز» finds «پاییز». آ becomes ا because people often skip the madda when typing.
 * Folding costs a little precision (two rare spellings meet) for recall that users notice.
 */
const LETTERS: Readonly<Record<string, string>> = {
  'ي': 'ی',
  'ى': 'ی',
  'ئ': 'ی',
  'ۍ': 'ی',
  'ې': 'ی',
  'ك': 'ک',
  'ڪ': 'ک',
  'ۀ': 'ه',
  'ة': 'ه',
  'ۂ': 'ه',
  'ہ': 'ه',
  'ە': 'ه',
  'ھ': 'ه',
  'أ': 'ا',
  'إ': 'ا',
  'ٱ': 'ا',
  'آ': 'ا',
  'ؤ': 'و',
  '٫': '.',
  '٬': ',',
};
const LETTER_PATTERN = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

const PERSIAN_LETTER = '[\\u0620-\\u064a\\u066e-\\u06d3\\u06fa-\\u06ff]';
// The verb prefixes «می»/«نمی» and suffixes that are written attached, with a ZWNJ, or with a space:
// «می‌شود», «میشود» and «می شود» must meet, as must «کتاب‌ها» and «کتاب ها». Only affixes that are
// not words on their own are joined («تر», “wet”, and «ای», “O”, are not).
const DETACHED_PREFIX = new RegExp(`(^|[^\\p{L}\\p{M}])(ن?می) (?=${PERSIAN_LETTER})`, 'gu');
const DETACHED_SUFFIX = new RegExp(`(${PERSIAN_LETTER}) (هایی|های|ها|ترین|اند|ایم|اید)(?=[^\\p{L}\\p{M}]|$)`, 'gu');

/**
 * The form in which Persian text is both indexed and searched, so that the many ways of typing
 * one word meet. Also: compatibility forms (Arabic presentation forms copied from PDFs, full-width
 * Latin) are unfolded by NFKC, Persian and Arabic-Indic digits become ASCII, Latin is lower-cased
 * and runs of whitespace become one space.
 */
export function normalizeForSearch(text: string): string {
  return toLatinDigits(text.normalize('NFKC'))
    .replace(INVISIBLE, '')
    .replace(MARKS, '')
    .replace(LETTER_PATTERN, (letter) => LETTERS[letter] ?? letter)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(DETACHED_PREFIX, '$1$2')
    .replace(DETACHED_SUFFIX, '$1$2');
}
