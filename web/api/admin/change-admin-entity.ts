import type { Principal } from '../../../core/access/principal.js';
import { BusinessRuleError } from '../../../core/errors/business-rule-error.js';
import { NotFoundError } from '../../../core/errors/not-found-error.js';
import type { AdminResource, AdminWrite } from './admin-resource.js';
import { adminWrite, type AdminDeps } from './admin-write.js';
import { recordAdminAudit } from './record-admin-audit.js';

export const ENTITY_IN_USE = 'ENTITY_IN_USE';

async function mustRead<I, D, Q, L>(write: AdminWrite, resource: AdminResource<I, D, Q, L>, id: number): Promise<D> {
  const found = await resource.read(write.models, id, write.tx);
  if (found === undefined) throw new NotFoundError(resource.entity, id);
  return found;
}

/** Creates an entity and records it in the audit log; answers the entity as stored. */
export function createAdminEntity<I, D, Q, L>(deps: AdminDeps, principal: Principal, resource: AdminResource<I, D, Q, L>, input: I): Promise<D> {
  return adminWrite(deps, principal, async (write) => {
    const id = await resource.create(write, input);
    const after = await mustRead(write, resource, id);
    await recordAdminAudit(write, { entity: resource.entity, entityId: id, action: 'create', before: null, after });
    return after;
  });
}

/** Replaces an entity's fields and records the change; 404 when there is no such entity. */
export function updateAdminEntity<I, D, Q, L>(deps: AdminDeps, principal: Principal, resource: AdminResource<I, D, Q, L>, id: number, input: I): Promise<D> {
  return adminWrite(deps, principal, async (write) => {
    const before = await mustRead(write, resource, id);
    await resource.update(write, id, input);
    const after = await mustRead(write, resource, id);
    await recordAdminAudit(write, { entity: resource.entity, entityId: id, action: 'update', before, after });
    return after;
  });
}

async function isReferenced<I, D, Q, L>(write: AdminWrite, resource: AdminResource<I, D, Q, L>, id: number): Promise<boolean> {
  for (const reference of resource.references) {
    const [row] = await write.tx.sql.all<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${reference.table} WHERE ${reference.column} = ?`, [id]);
    if (Number(row?.n ?? 0) > 0) return true;
  }
  return (await resource.inUse?.(write, id)) ?? false;
}

/**
 * Deletes an entity nothing refers to (no children, no tickets, no rules…) and records it; one
 * that is still in use is refused with ENTITY_IN_USE (422): deactivate it instead.
 */
export function deleteAdminEntity<I, D, Q, L>(deps: AdminDeps, principal: Principal, resource: AdminResource<I, D, Q, L>, id: number): Promise<void> {
  return adminWrite(deps, principal, async (write) => {
    const before = await mustRead(write, resource, id);
    if (await isReferenced(write, resource, id)) throw new BusinessRuleError(ENTITY_IN_USE, `${resource.noun} ${id} is still in use`, { entity: resource.entity, id });
    await resource.remove(write, id);
    await recordAdminAudit(write, { entity: resource.entity, entityId: id, action: 'delete', before, after: null });
  });
}
