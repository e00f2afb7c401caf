import type { FieldProblem } from '../../../contract/api-error';
import { ApiError } from '../../core/api/api-error';

/**
 * Whether a problem's field (`nameFa`, `phones[1].phone`, `target.positionIds`) is `field` itself or
 * lies inside it (`phones` covers `phones[1].phone`; `target` covers `target.positionIds`).
 */
export function isProblemOf(problem: FieldProblem, field: string): boolean {
  return problem.field === field || problem.field.startsWith(`${field}.`) || problem.field.startsWith(`${field}[`);
}

/** The validation problems of a failed save that concern `field`; none for any other error. */
export function problemsOfField(error: unknown, field: string): readonly FieldProblem[] {
  return error instanceof ApiError ? error.problems.filter((problem) => isProblemOf(problem, field)) : [];
}

/** The validation problems that concern none of `fields`, to show where no field can. */
export function problemsOfNoField(error: unknown, fields: readonly string[]): readonly FieldProblem[] {
  return error instanceof ApiError ? error.problems.filter((problem) => !fields.some((field) => isProblemOf(problem, field))) : [];
}
