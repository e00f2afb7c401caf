import type { Router } from 'express';
import type { ApiDeps } from '../api-deps.js';
import { ApiRouter } from '../http/api-router.js';
import { readCatalogue } from './read-catalogue.js';

/** GET /api/catalogue: the request categories and locations every signed-in user picks from. */
export function catalogueRoutes(deps: ApiDeps): Router {
  const routes = new ApiRouter();
  routes.route(
    { method: 'get', path: '/catalogue', tag: 'catalogue', summary: 'The active request categories (three levels) and locations, for request forms and filters', access: 'authenticated' },
    () => readCatalogue(deps.db),
  );
  return routes.router;
}
