import type { z } from 'zod';
import { ValidationError } from '../../../core/errors/validation-error.js';
import { zodProblems } from './zod-problems.js';

/** The parsed value, or a ValidationError naming each field and what is wrong with it. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value, { reportInput: true });
  if (!result.success) throw new ValidationError(zodProblems(result.error));
  return result.data;
}
