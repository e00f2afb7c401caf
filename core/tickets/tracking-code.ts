import { ValidationError } from '../errors/validation-error.js';
import type { RandomSource } from '../random/random-source.js';
import { toLatinDigits } from '../text/to-latin-digits.js';
import { dammCheckDigit, hasValidDammCheckDigit } from './damm-check-digit.js';

/**
 * Tracking codes are what requesters quote on the phone and key into the IVR: digits only, no
 * leading zero (it would be lost by spreadsheets and some SMS gateways), the last digit a Damm
 * check digit so that a mistyped code is refused instead of finding someone else's ticket.
 */
export const DEFAULT_TRACKING_CODE_LENGTH = 8;
export const MIN_TRACKING_CODE_LENGTH = 4;
export const MAX_TRACKING_CODE_LENGTH = 18;

function assertLength(length: number): void {
  if (!Number.isInteger(length) || length < MIN_TRACKING_CODE_LENGTH || length > MAX_TRACKING_CODE_LENGTH) {
    throw new RangeError(`tracking codes have ${MIN_TRACKING_CODE_LENGTH} to ${MAX_TRACKING_CODE_LENGTH} digits, not ${length}`);
  }
}

function randomDigit(random: RandomSource, maxExclusive: number): number {
  const value = random.nextInt(maxExclusive);
  if (!Number.isInteger(value) || value < 0 || value >= maxExclusive) throw new RangeError(`the random source returned ${value}`);
  return value;
}

/** A new code of `length` digits including the check digit; uniqueness is for storage to enforce. */
export function generateTrackingCode(random: RandomSource, length: number = DEFAULT_TRACKING_CODE_LENGTH): string {
  assertLength(length);
  let body = String(1 + randomDigit(random, 9));
  while (body.length < length - 1) body += String(randomDigit(random, 10));
  return body + dammCheckDigit(body);
}

/** Whether a canonical code (ASCII digits only) is well formed and its check digit matches. */
export function isValidTrackingCode(code: string, length?: number): boolean {
  if (!/^[1-9]\d*$/.test(code)) return false;
  if (length === undefined ? code.length < MIN_TRACKING_CODE_LENGTH || code.length > MAX_TRACKING_CODE_LENGTH : code.length !== length) return false;
  return hasValidDammCheckDigit(code);
}

// Spaces of every kind, invisible marks pasted with RTL text, and the dashes people put between groups.
const IGNORED = /[\s\u200c\u200e\u200f\u202a-\u202e\u2066-\u2069\-\u2010-\u2015\u2212_]|\u200d/g;

/**
 * Reads a code as a requester typed it (`۱۲۳۴-۵۶۷۱`, `1234 5671`) into its canonical ASCII form, or
 * throws a ValidationError on `trackingCode` saying what is wrong: other characters, the wrong
 * length, or a check digit that does not match (most likely a typo).
 */
export function parseTrackingCode(input: string, length?: number): string {
  if (length !== undefined) assertLength(length);
  const code = toLatinDigits(input).replace(IGNORED, '');
  const problem = (messageKey: string, params?: Record<string, number>) =>
    new ValidationError([{ field: 'trackingCode', messageKey, ...(params === undefined ? {} : { params }) }]);
  if (code === '') throw problem('trackingCode.required');
  if (!/^\d+$/.test(code)) throw problem('trackingCode.notDigits');
  if (length !== undefined && code.length !== length) throw problem('trackingCode.wrongLength', { length });
  if (length === undefined && (code.length < MIN_TRACKING_CODE_LENGTH || code.length > MAX_TRACKING_CODE_LENGTH)) {
    throw problem('trackingCode.wrongLength', { min: MIN_TRACKING_CODE_LENGTH, max: MAX_TRACKING_CODE_LENGTH });
  }
  if (code.startsWith('0') || !hasValidDammCheckDigit(code)) throw problem('trackingCode.mistyped');
  return code;
}
