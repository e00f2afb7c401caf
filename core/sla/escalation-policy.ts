import type { FieldProblem } from '../errors/validation-error.js';

/**
 * When a late ticket climbs the org chart: the first escalation when the clock's target has been
 * overrun by `firstAfterMinutes` business minutes (0: the moment it passes), then one more level
 * every `repeatEveryMinutes`, at most `maxEscalations` times.
 */
export interface EscalationPolicy {
  readonly clock: 'response' | 'resolution';
  readonly firstAfterMinutes: number;
  readonly repeatEveryMinutes: number;
  readonly maxEscalations: number;
}

export function validateEscalationPolicy(policy: EscalationPolicy): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(policy.firstAfterMinutes) || policy.firstAfterMinutes < 0) {
    problems.push({ field: 'firstAfterMinutes', messageKey: 'escalation.minutesNegative' });
  }
  if (!Number.isInteger(policy.repeatEveryMinutes) || policy.repeatEveryMinutes <= 0) {
    problems.push({ field: 'repeatEveryMinutes', messageKey: 'escalation.minutesNotPositive' });
  }
  if (!Number.isInteger(policy.maxEscalations) || policy.maxEscalations < 0) {
    problems.push({ field: 'maxEscalations', messageKey: 'escalation.maxNegative' });
  }
  return problems;
}
