import { toLatinDigits } from '../text/to-latin-digits.js';
import { isValidJalaliDate, type JalaliDate } from './jalali-date.js';

const PATTERN = /^(\d{4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})$/;

/**
 * Reads `1403/12/30` (also with `-` or `.`, one-digit month or day, Persian or Arabic-Indic digits).
 * Returns null when the text is not a date or names a day that does not exist, such as 1404/12/30.
 */
export function parseJalaliDate(text: string): JalaliDate | null {
  const match = PATTERN.exec(toLatinDigits(text.trim()));
  if (match === null) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidJalaliDate(date) ? date : null;
}
