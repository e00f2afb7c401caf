import type { FieldProblem } from '../../../../core/errors/validation-error.js';
import { parseIranianPhoneNumber } from '../../../../core/org/iranian-phone-number.js';

/**
 * A phone number as typed (any digits, spaces, dashes, +98 or 0) in its canonical E.164 form, or a
 * problem on `field` saying it is not an Iranian number.
 */
export function normalizePhoneInput(value: string, field: string): { e164: string; kind: 'mobile' | 'landline' } | FieldProblem {
  const parsed = parseIranianPhoneNumber(value);
  if (parsed === null) return { field, messageKey: 'phone.invalid', params: { value } };
  return { e164: parsed.e164, kind: parsed.kind };
}

export function isProblem(value: object): value is FieldProblem {
  return 'messageKey' in value;
}
