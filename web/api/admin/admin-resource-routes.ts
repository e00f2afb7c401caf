import { z } from 'zod';
import type { ApiRouter } from '../http/api-router.js';
import { parseInput } from '../http/parse-input.js';
import type { AdminResource } from './admin-resource.js';
import { ADMIN_READERS, ADMIN_WRITERS } from './admin-roles.js';
import type { AdminDeps } from './admin-write.js';
import { createAdminEntity, deleteAdminEntity, updateAdminEntity } from './change-admin-entity.js';
import { listAdminEntities, readAdminEntity } from './read-admin-entities.js';

export const idParams = z.object({ id: z.coerce.number().int().positive() });

/** GET (list, one), POST, PUT and DELETE of one administered entity. */
export function mountAdminResource<I, D, Q, L>(routes: ApiRouter, deps: AdminDeps, resource: AdminResource<I, D, Q, L>): void {
  const collection = `/admin/${resource.path}`;
  const item = `${collection}/:id`;
  const tag = 'admin';
  routes.route(
    { method: 'get', path: collection, tag, summary: `List ${resource.noun} records`, access: ADMIN_READERS, ...(resource.listQuery === undefined ? {} : { query: resource.listQuery }) },
    ({ principal, request }) => listAdminEntities(deps.db, principal, resource, (resource.listQuery === undefined ? undefined : parseInput(resource.listQuery, request.query)) as Q),
  );
  routes.route({ method: 'get', path: item, tag, summary: `One ${resource.noun}`, access: ADMIN_READERS, params: idParams }, ({ principal, params }) =>
    readAdminEntity(deps.db, principal, resource, params.id),
  );
  routes.route({ method: 'post', path: collection, tag, summary: `Create a ${resource.noun}`, access: ADMIN_WRITERS, body: resource.input, success: 201 }, ({ principal, body }) =>
    createAdminEntity(deps, principal, resource, body as I),
  );
  routes.route(
    { method: 'put', path: item, tag, summary: `Replace a ${resource.noun}`, access: ADMIN_WRITERS, params: idParams, body: resource.input },
    ({ principal, params, body }) => updateAdminEntity(deps, principal, resource, params.id, body as I),
  );
  routes.route({ method: 'delete', path: item, tag, summary: `Delete a ${resource.noun} nothing refers to`, access: ADMIN_WRITERS, params: idParams }, ({ principal, params }) =>
    deleteAdminEntity(deps, principal, resource, params.id),
  );
}
