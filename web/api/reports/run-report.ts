import type { Principal } from '../../../core/access/principal.js';
import { requireAnyRole } from '../../../core/access/require-role.js';
import type { Clock } from '../../../core/time/clock.js';
import type { Database } from '../../../database/database.js';
import { loadReportReference } from '../../../database/repositories/reports/load-report-reference.js';
import type { ReportResult } from '../../contract/reports.js';
import { REPORT_ROLES, reportPositionScope } from './report-access.js';
import type { ReportDefinition } from './report-definition.js';
import { reportRange, type ReportQueryInput } from './report-query.js';
import { RowNames } from './row-names.js';
import { subtreeIds } from './subtree-ids.js';

/** A report for a reader: checks the role, narrows to the reader's scope, expands the unit and category filters, builds the tables. */
export async function runReport(deps: { readonly db: Database; readonly clock: Clock }, definition: ReportDefinition, principal: Principal, query: ReportQueryInput): Promise<{ result: ReportResult; timeZone: string }> {
  requireAnyRole(principal, REPORT_ROLES);
  const { from, to } = reportRange(query);
  const reference = await loadReportReference(deps.db.read);
  const unitIds = subtreeIds(reference.units, query.unitId, 'unitId');
  const categoryIds = subtreeIds(reference.categories, query.categoryId, 'categoryId');
  const positionIds = reportPositionScope(principal);
  const now = deps.clock.now();
  const tables = await definition.build({
    input: { read: deps.db.read, filter: { from, to, positionIds, ...(unitIds ? { unitIds } : {}), ...(categoryIds ? { categoryIds } : {}) }, now, reference },
    names: new RowNames(reference),
    categoryRootId: query.categoryId,
  });
  return {
    result: { report: definition.id, title: definition.title, from: from.toISOString(), to: to.toISOString(), generatedAt: now.toISOString(), scope: positionIds === null ? 'organization' : 'subtree', tables },
    timeZone: reference.calendar.timeZone,
  };
}
