import type { FieldProblem } from '../errors/validation-error.js';
import type { RoutingRule } from './routing-rule.js';

/** Duplicate ids, targets without positions or contractor, priorities that are not integers. */
export function validateRoutingRules(rules: readonly RoutingRule[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const ids = new Set<string>();
  rules.forEach((rule, index) => {
    const field = `rules[${index}]`;
    if (ids.has(rule.id)) problems.push({ field: `${field}.id`, messageKey: 'routing.rule.duplicateId', params: { id: rule.id } });
    ids.add(rule.id);
    if (!Number.isInteger(rule.priority)) problems.push({ field: `${field}.priority`, messageKey: 'routing.rule.priorityNotInteger' });
    if (rule.target.kind === 'positions' && rule.target.positionIds.length === 0) {
      problems.push({ field: `${field}.target.positionIds`, messageKey: 'routing.rule.noPositions' });
    }
    if (rule.target.kind === 'contractor' && rule.target.contractorId.trim() === '') {
      problems.push({ field: `${field}.target.contractorId`, messageKey: 'routing.rule.noContractor' });
    }
  });
  return problems;
}
