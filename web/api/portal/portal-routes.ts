import type { Router } from 'express';
import { z } from 'zod';
import { STATUS_GROUPS } from '../../../database/repositories/ticket-queries/status-groups.js';
import type { ApiDeps } from '../api-deps.js';
import { ApiRouter } from '../http/api-router.js';
import { pagingQuery } from '../http/paging.js';
import { listMyRequests } from './list-my-requests.js';

const query = z.object({ status: z.enum(STATUS_GROUPS).default('open'), ...pagingQuery });

/** The /api/portal endpoints: a requester's own requests. */
export function portalRoutes(deps: ApiDeps): Router {
  const routes = new ApiRouter();
  routes.route(
    { method: 'get', path: '/portal/requests', tag: 'portal', summary: 'The signed-in person’s own requests by status (open, resolved, closed, all) with counts', access: 'authenticated', query },
    ({ principal, query: request }) => listMyRequests(deps.db, principal, request),
  );
  return routes.router;
}
