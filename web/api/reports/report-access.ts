import type { Principal } from '../../../core/access/principal.js';
import type { Role } from '../../../core/access/role.js';

/** Who may read the reports: supervisors (for the positions they oversee), administrators and auditors (everything). */
export const REPORT_ROLES: readonly Role[] = ['supervisor', 'admin', 'auditor'];

const WHOLE_ORGANIZATION: readonly Role[] = ['admin', 'auditor'];

/**
 * The positions whose tickets a reader's reports cover: null for the whole organization, or a
 * supervisor's own positions and every position below them.
 */
export function reportPositionScope(principal: Principal): readonly number[] | null {
  if (WHOLE_ORGANIZATION.some((role) => principal.roles.has(role))) return null;
  return principal.visiblePositionIds;
}
