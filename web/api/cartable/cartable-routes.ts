import type { Router } from 'express';
import { z } from 'zod';
import { CARTABLE_TABS } from '../../../database/repositories/cartables/cartable-tabs.js';
import type { ApiDeps } from '../api-deps.js';
import { ApiRouter } from '../http/api-router.js';
import { pagingQuery } from '../http/paging.js';
import { listCartables } from './list-cartables.js';
import { openCartable } from './open-cartable.js';

const filters = { categoryId: z.coerce.number().int().positive().optional(), locationId: z.coerce.number().int().positive().optional() };
const listQuery = z.object(filters);
const pageQuery = z.object({
  tab: z.enum(CARTABLE_TABS).default('new'),
  ...filters,
  sort: z.enum(['priority', 'registeredAt', 'updatedAt', 'dueAt']).default('priority'),
  order: z.enum(['asc', 'desc']).default('asc'),
  ...pagingQuery,
});
const positionParams = z.object({ positionId: z.coerce.number().int().positive() });

/** The /api/cartables endpoints: the positions one may open, and one position's tab. */
export function cartableRoutes(deps: ApiDeps): Router {
  const routes = new ApiRouter();
  routes.route(
    { method: 'get', path: '/cartables', tag: 'cartables', summary: 'The cartables the caller may open (held positions and, for supervisors, all below) with counts per tab', access: 'authenticated', query: listQuery },
    ({ principal, query }) => listCartables(deps, principal, query),
  );
  routes.route(
    {
      method: 'get',
      path: '/cartables/:positionId',
      tag: 'cartables',
      summary: 'One tab of a position’s cartable (new, in progress, postponed, overdue, resolved): priority colour and rank, filters, sorting, paging',
      access: 'authenticated',
      params: positionParams,
      query: pageQuery,
    },
    ({ principal, params, query }) => openCartable(deps, principal, { positionId: params.positionId, ...query }),
  );
  return routes.router;
}
