import type { FieldProblem } from '../errors/validation-error.js';
import { SEEDED_TICKET_PRIORITIES, type TicketPriority } from '../tickets/ticket-priority.js';
import type { SlaTargetRule } from './sla-target.js';

/**
 * Minutes that are positive whole numbers, response within resolution, no two rules for one key, a
 * default for every priority the admin has defined (the seeded ones when not given).
 */
export function validateSlaTargets(rules: readonly SlaTargetRule[], priorities: readonly TicketPriority[] = SEEDED_TICKET_PRIORITIES): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const keys = new Set<string>();
  rules.forEach((rule, index) => {
    const field = `targets[${index}]`;
    for (const name of ['responseMinutes', 'resolutionMinutes'] as const) {
      if (!Number.isInteger(rule[name]) || rule[name] <= 0) problems.push({ field: `${field}.${name}`, messageKey: 'sla.target.minutesNotPositive' });
    }
    if (rule.responseMinutes > rule.resolutionMinutes) {
      problems.push({ field: `${field}.responseMinutes`, messageKey: 'sla.target.responseAfterResolution' });
    }
    const key = `${rule.categoryId ?? '*'}|${rule.priority ?? '*'}`;
    if (keys.has(key)) problems.push({ field, messageKey: 'sla.target.duplicate', params: { categoryId: rule.categoryId ?? '*', priority: rule.priority ?? '*' } });
    keys.add(key);
  });
  const hasCatchAll = keys.has('*|*');
  for (const priority of priorities) {
    if (!hasCatchAll && !keys.has(`*|${priority}`)) problems.push({ field: 'targets', messageKey: 'sla.target.defaultMissing', params: { priority } });
  }
  return problems;
}
