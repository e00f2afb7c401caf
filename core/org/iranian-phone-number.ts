import { toLatinDigits } from '../text/to-latin-digits.js';

/** An Iranian telephone number: a mobile (09xx) or a landline with its two-digit area code (021 for Tehran). */
export interface IranianPhoneNumber {
  /** The canonical form, stored and compared: `+989121234567`, `+982188776655`. */
  readonly e164: string;
  /** As dialled inside Iran: `09121234567`, `02188776655`. */
  readonly national: string;
  readonly kind: 'mobile' | 'landline';
}

export interface PhoneNumberOptions {
  /** Two digits without the leading 0 (`21`), for landline numbers given without an area code. */
  readonly defaultAreaCode?: string;
}

// Separators people type or paste, including the invisible direction marks copied from RTL text.
const SEPARATORS = /[\s\-.()/\u200c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\u200d/g;

/**
 * Reads a number however it was typed or presented by caller ID (`0912 123 4567`,
 * `+98 912 123 4567`, `00989121234567`, `9121234567`, `۰۲۱-۸۸۷۷۶۶۵۵`). Iranian national numbers
 * are 10 digits after the trunk 0: mobiles start with 9, landlines with a two-digit area code
 * followed by an 8-digit subscriber number. Returns null for anything else (extensions, short
 * codes such as 110, foreign numbers).
 */
export function parseIranianPhoneNumber(input: string, options: PhoneNumberOptions = {}): IranianPhoneNumber | null {
  let digits = toLatinDigits(input).replace(SEPARATORS, '');
  if (digits.startsWith('+')) {
    if (!digits.startsWith('+98')) return null;
    digits = digits.slice(3);
  } else if (digits.startsWith('0098')) digits = digits.slice(4);
  else if (digits.startsWith('98') && digits.length === 12) digits = digits.slice(2);
  // The trunk 0, also when written after the country code as in `+98 (0)21 …`.
  if (digits.startsWith('0') && digits.length === 11) digits = digits.slice(1);
  else if (digits.length === 8 && options.defaultAreaCode !== undefined && /^[1-8]\d$/.test(options.defaultAreaCode)) {
    digits = options.defaultAreaCode + digits;
  }
  if (!/^\d{10}$/.test(digits)) return null;
  if (digits.startsWith('9')) return { e164: `+98${digits}`, national: `0${digits}`, kind: 'mobile' };
  if (/^[1-8]\d[1-9]/.test(digits)) return { e164: `+98${digits}`, national: `0${digits}`, kind: 'landline' };
  return null;
}

/** The canonical E.164 form, or null when the input is not an Iranian number. */
export function normalizeIranianPhoneNumber(input: string, options: PhoneNumberOptions = {}): string | null {
  return parseIranianPhoneNumber(input, options)?.e164 ?? null;
}

/** Grouped for reading: `0912 123 4567`, `021 8877 6655`. */
export function formatIranianPhoneNumber(phone: IranianPhoneNumber): string {
  const n = phone.national;
  return phone.kind === 'mobile' ? `${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}` : `${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`;
}
