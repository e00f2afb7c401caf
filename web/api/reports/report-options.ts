import type { Principal } from '../../../core/access/principal.js';
import { requireAnyRole } from '../../../core/access/require-role.js';
import type { Database } from '../../../database/database.js';
import { loadReportReference } from '../../../database/repositories/reports/load-report-reference.js';
import type { ReportOptions } from '../../contract/reports.js';
import { REPORT_ROLES } from './report-access.js';

/** What the report filters offer: units and categories as trees (parents first), and the priorities. */
export async function reportOptions(db: Database, principal: Principal): Promise<ReportOptions> {
  requireAnyRole(principal, REPORT_ROLES);
  const reference = await loadReportReference(db.read);
  const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;
  return {
    units: [...reference.units.values()].sort(byId).map((unit) => ({ id: unit.id, parentId: unit.parentId, name: unit.name })),
    categories: [...reference.categories.values()].sort(byId).map((category) => ({ id: category.id, parentId: category.parentId, name: category.name })),
    priorities: reference.priorities.map((priority) => ({ code: priority.code, name: priority.name, color: priority.color, rank: priority.rank })),
  };
}
