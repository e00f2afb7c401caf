import type { TicketPriority } from '../tickets/ticket-priority.js';
import type { SlaTargetRule } from './sla-target.js';

/**
 * The rule that sets a ticket's targets. The deepest category level with a rule wins; within a
 * level a rule for the ticket's priority beats one for any priority; rules without a category are
 * the default, tried last. So a VPN rule for any priority beats a default rule for critical
 * tickets: give the VPN category its own critical rule when critical VPN tickets need it.
 * `validateSlaTargets` guarantees a default for every priority, so a validated table always answers.
 */
export function findSlaTarget(rules: readonly SlaTargetRule[], categoryPath: readonly string[], priority: TicketPriority): SlaTargetRule {
  const found = findSlaTargetOrNull(rules, categoryPath, priority);
  if (found === null) throw new Error(`no SLA target for priority ${priority}: the table has no default for it`);
  return found;
}

/** As `findSlaTarget`, but null when the table has no rule for the ticket (an unvalidated or empty table). */
export function findSlaTargetOrNull(rules: readonly SlaTargetRule[], categoryPath: readonly string[], priority: TicketPriority): SlaTargetRule | null {
  const levels: (string | null)[] = [...categoryPath].reverse();
  levels.push(null);
  for (const categoryId of levels) {
    const atLevel = rules.filter((rule) => rule.categoryId === categoryId);
    const found = atLevel.find((rule) => rule.priority === priority) ?? atLevel.find((rule) => rule.priority === null);
    if (found !== undefined) return found;
  }
  return null;
}
