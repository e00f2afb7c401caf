import type { Router } from 'express';
import { z } from 'zod';
import { STATUS_GROUPS } from '../../../database/repositories/ticket-queries/status-groups.js';
import type { ApiDeps } from '../api-deps.js';
import { ApiRouter } from '../http/api-router.js';
import { pagingQuery } from '../http/paging.js';
import { searchVisibleTickets } from './search-tickets.js';

const query = z.object({ q: z.string().max(200), status: z.enum(STATUS_GROUPS).default('all'), ...pagingQuery });

/** GET /api/search: Persian-normalized full-text search, filtered by who may see what. */
export function searchRoutes(deps: ApiDeps): Router {
  const routes = new ApiRouter();
  routes.route(
    { method: 'get', path: '/search', tag: 'search', summary: 'Search tickets by tracking code, subject, description, requester or phone (Persian-normalized), among those the caller may see', access: 'authenticated', query },
    ({ principal, query: request }) => searchVisibleTickets(deps.db, principal, request),
  );
  return routes.router;
}
