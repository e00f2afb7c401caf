import type { Principal } from '../../../core/access/principal.js';
import { requireAnyRole } from '../../../core/access/require-role.js';
import { NotFoundError } from '../../../core/errors/not-found-error.js';
import type { Database } from '../../../database/database.js';
import { modelsOf } from '../../../database/models/index.js';
import type { AdminResource } from './admin-resource.js';
import { ADMIN_READERS } from './admin-roles.js';

export async function listAdminEntities<I, D, Q, L>(db: Database, principal: Principal, resource: AdminResource<I, D, Q, L>, query: Q): Promise<L> {
  requireAnyRole(principal, ADMIN_READERS);
  return resource.list(db, query);
}

export async function readAdminEntity<I, D, Q, L>(db: Database, principal: Principal, resource: AdminResource<I, D, Q, L>, id: number): Promise<D> {
  requireAnyRole(principal, ADMIN_READERS);
  const found = await resource.read(modelsOf(db), id);
  if (found === undefined) throw new NotFoundError(resource.entity, id);
  return found;
}
