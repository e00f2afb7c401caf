import type { Role } from '../../../../core/access/role.js';
import type { Database } from '../../../../database/database.js';
import { modelsOf } from '../../../../database/models/index.js';
import type { OrgChartResponse } from '../../../contract/org-chart.js';
import type { ApiRouter } from '../../http/api-router.js';

/** Who reads the posts: those who refer tickets or read who acted where. Requesters do not. */
export const ORG_CHART_READERS: readonly Role[] = ['operator', 'staff', 'supervisor', 'feedbackAgent', 'admin', 'auditor'];

export async function readOrgChart(db: Database): Promise<OrgChartResponse> {
  const models = modelsOf(db);
  const [positions, units] = await Promise.all([models.Position.findAll({ order: [['id', 'ASC']] }), models.OrgUnit.findAll()]);
  const unitOf = new Map(units.map((unit) => [unit.get().id, unit.get()]));
  return {
    positions: positions.map((instance) => {
      const row = instance.get();
      const unit = unitOf.get(row.unitId);
      return { id: row.id, parentId: row.parentId, titleFa: row.titleFa, titleEn: row.titleEn, unitFa: unit?.nameFa ?? null, unitEn: unit?.nameEn ?? null, active: row.active };
    }),
  };
}

/** GET /api/org-chart: the posts as a tree with their units' names, for referring tickets. Changing them stays with /api/admin. */
export function mountOrgChartRead(routes: ApiRouter, db: Database): void {
  routes.route(
    { method: 'get', path: '/org-chart', tag: 'org-chart', summary: 'The posts of the org chart with their units, for referring tickets and naming who acted', access: ORG_CHART_READERS },
    () => readOrgChart(db),
  );
}
