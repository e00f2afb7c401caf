import { ValidationError, type FieldProblem } from '../../../../core/errors/validation-error.js';

export function throwIfProblems(problems: readonly FieldProblem[]): void {
  if (problems.length > 0) throw new ValidationError(problems);
}
