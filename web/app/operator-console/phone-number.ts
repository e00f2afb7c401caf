import { toLatinDigits } from '../core/i18n/persian-digits';

/**
 * A phone number as typed or announced, ready to look up: Persian and Arabic digits as Latin ones,
 * spaces, dashes, dots and brackets dropped, and the country code of Iran (+98, 0098) written as the
 * domestic 0 (+98 912… → 0912…). Other characters are kept, for the server to refuse.
 */
export function normalizePhoneNumber(text: string): string {
  const compact = toLatinDigits(text).replace(/[\s\u200c\u200f\u200e\-–.()/]/g, '');
  if (/^\+98\d/.test(compact)) return `0${compact.slice(3)}`;
  if (/^0098\d/.test(compact)) return `0${compact.slice(4)}`;
  if (/^98\d{10}$/.test(compact)) return `0${compact.slice(2)}`;
  return compact;
}

/** Whether a normalized number is worth looking up: an extension of 3 or more digits up to an international number. */
export function isLookupNumber(normalized: string): boolean {
  return /^\+?\d{3,15}$/.test(normalized);
}
