import { normalizeIranianPhoneNumber } from '../../core/org/iranian-phone-number.js';

/** The E.164 form of a number written in the seed data; a typo there stops the seed rather than storing junk. */
export function canonicalPhone(written: string): string {
  const e164 = normalizeIranianPhoneNumber(written);
  if (e164 === null) throw new Error(`demo seed: ${written} is not an Iranian phone number`);
  return e164;
}
