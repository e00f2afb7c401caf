import { z } from 'zod';
import type { Principal } from '../../../../core/access/principal.js';
import { requireAnyRole } from '../../../../core/access/require-role.js';
import { ROLES } from '../../../../core/access/role.js';
import { NotFoundError } from '../../../../core/errors/not-found-error.js';
import type { Database } from '../../../../database/database.js';
import type { ApiKeyAttributes } from '../../../../database/models/api-key.js';
import { modelsOf } from '../../../../database/models/index.js';
import type { ApiKey, ApiKeyInput, CreatedApiKey } from '../../../contract/admin/api-key.js';
import type { RoleName } from '../../../contract/roles.js';
import { newApiKey } from '../../auth/api-key-token.js';
import type { ApiRouter } from '../../http/api-router.js';
import { idParams } from '../admin-resource-routes.js';
import { ADMIN_READERS, ADMIN_WRITERS } from '../admin-roles.js';
import { adminWrite, type AdminDeps } from '../admin-write.js';
import { throwIfProblems } from '../checks/throw-if-problems.js';
import { recordAdminAudit } from '../record-admin-audit.js';

/** A leaked key must not be able to administer the system: keys get any role but admin. */
const input = z.object({ name: z.string().trim().min(1).max(200), roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length) }) satisfies z.ZodType<ApiKeyInput, unknown>;

function toDto(row: ApiKeyAttributes): ApiKey {
  const roles: unknown = row.roles === null ? [] : JSON.parse(row.roles);
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    roles: (Array.isArray(roles) ? roles : []) as RoleName[],
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export async function listApiKeys(db: Database, principal: Principal): Promise<ApiKey[]> {
  requireAnyRole(principal, ADMIN_READERS);
  return (await modelsOf(db).ApiKey.findAll({ order: [['id', 'ASC']] })).map((row) => toDto(row.get()));
}

/** A new key for a CRM system; only its SHA-256 is stored, and the key itself is in this answer only. */
export function createApiKey(deps: AdminDeps, principal: Principal, value: ApiKeyInput): Promise<CreatedApiKey> {
  return adminWrite(deps, principal, async (write) => {
    throwIfProblems(value.roles.flatMap((role, index) => (role === 'admin' ? [{ field: `roles[${index}]`, messageKey: 'apiKey.roleNotAllowed', params: { role } }] : [])));
    const key = newApiKey();
    const row = await write.models.ApiKey.create(
      { name: value.name, prefix: key.prefix, keyHash: key.hash, roles: JSON.stringify([...new Set(value.roles)]), createdByUserId: principal.kind === 'user' ? principal.id : null, createdAt: write.now },
      write.options,
    );
    const created = toDto(row.get());
    await recordAdminAudit(write, { entity: 'apiKey', entityId: created.id, action: 'create', before: null, after: created });
    return { ...created, key: key.key };
  });
}

/** Revokes a key: requests with it are refused from now on. */
export function revokeApiKey(deps: AdminDeps, principal: Principal, keyId: number): Promise<ApiKey> {
  return adminWrite(deps, principal, async (write) => {
    const before = (await write.models.ApiKey.findByPk(keyId, write.options))?.get();
    if (before === undefined) throw new NotFoundError('apiKey', keyId);
    if (before.revokedAt === null) await write.models.ApiKey.update({ revokedAt: write.now }, { where: { id: keyId }, ...write.options });
    const after = toDto((await write.models.ApiKey.findByPk(keyId, write.options))!.get());
    await recordAdminAudit(write, { entity: 'apiKey', entityId: keyId, action: 'revoke', before: toDto(before), after });
    return after;
  });
}

export function mountApiKeys(routes: ApiRouter, deps: AdminDeps): void {
  const tag = 'admin';
  routes.route({ method: 'get', path: '/admin/api-keys', tag, summary: 'API keys of CRM systems (never the keys themselves)', access: ADMIN_READERS }, ({ principal }) => listApiKeys(deps.db, principal));
  routes.route(
    { method: 'post', path: '/admin/api-keys', tag, summary: 'Create an API key; the answer is the only time the key is shown', access: ADMIN_WRITERS, body: input, success: 201 },
    ({ principal, body }) => createApiKey(deps, principal, body),
  );
  routes.route({ method: 'post', path: '/admin/api-keys/:id/revoke', tag, summary: 'Revoke an API key', access: ADMIN_WRITERS, params: idParams }, ({ principal, params }) =>
    revokeApiKey(deps, principal, params.id),
  );
}
