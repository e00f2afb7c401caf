import type { WhereOptions } from 'sequelize';
import { z } from 'zod';
import type { Principal } from '../../../core/access/principal.js';
import { requireAnyRole } from '../../../core/access/require-role.js';
import type { AdminAuditAttributes } from '../../../database/models/admin-audit.js';
import type { Database } from '../../../database/database.js';
import { modelsOf } from '../../../database/models/index.js';
import type { AdminAuditPage } from '../../contract/admin/admin-audit.js';
import type { ApiRouter } from '../http/api-router.js';
import { offsetOf, pagingQuery } from '../http/paging.js';
import { ADMIN_READERS } from './admin-roles.js';

const query = z.object({ entity: z.string().trim().min(1).max(64).optional(), entityId: z.string().trim().min(1).max(64).optional(), ...pagingQuery });

/** The administrative changes, newest first, for auditors. */
export async function listAdminAudit(db: Database, principal: Principal, filter: z.output<typeof query>): Promise<AdminAuditPage> {
  requireAnyRole(principal, ADMIN_READERS);
  const where: WhereOptions<AdminAuditAttributes> = {};
  if (filter.entity !== undefined) Object.assign(where, { entity: filter.entity });
  if (filter.entityId !== undefined) Object.assign(where, { entityId: filter.entityId });
  const { rows, count } = await modelsOf(db).AdminAudit.findAndCountAll({ where, order: [['id', 'DESC']], limit: filter.pageSize, offset: offsetOf(filter) });
  return {
    items: rows.map((row) => row.get()).map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      userId: row.userId,
      entity: row.entity,
      entityId: row.entityId,
      action: row.action,
      before: row.beforeValue === null ? null : (JSON.parse(row.beforeValue) as unknown),
      after: row.afterValue === null ? null : (JSON.parse(row.afterValue) as unknown),
    })),
    total: count,
    page: filter.page,
    pageSize: filter.pageSize,
  };
}

export function mountAdminAudit(routes: ApiRouter, db: Database): void {
  routes.route({ method: 'get', path: '/admin/audit', tag: 'admin', summary: 'Administrative changes, newest first: who, when, before and after', access: ADMIN_READERS, query }, ({ principal, query: filter }) =>
    listAdminAudit(db, principal, filter),
  );
}
