import type { FieldProblem } from '../../../core/errors/validation-error.js';

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

/** What is wrong with a new password: too short, too long, or the username itself. */
export function passwordProblems(password: string, username: string, field = 'password'): FieldProblem[] {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return [{ field, messageKey: 'password.tooShort', params: { min: MIN_PASSWORD_LENGTH } }];
  if (length > MAX_PASSWORD_LENGTH) return [{ field, messageKey: 'password.tooLong', params: { max: MAX_PASSWORD_LENGTH } }];
  if (password.trim().toLowerCase() === username.trim().toLowerCase()) return [{ field, messageKey: 'password.sameAsUsername' }];
  return [];
}
