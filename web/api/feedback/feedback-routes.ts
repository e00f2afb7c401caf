import type { Router } from 'express';
import { z } from 'zod';
import type { ApiDeps } from '../api-deps.js';
import { ApiRouter } from '../http/api-router.js';
import { pagingQuery } from '../http/paging.js';
import { listAwaitingFeedback } from './list-awaiting-feedback.js';

const query = z.object(pagingQuery);

/** GET /api/feedback/tickets: the feedback agents' list of resolved tickets to ask about. */
export function feedbackRoutes(deps: ApiDeps): Router {
  const routes = new ApiRouter();
  routes.route(
    { method: 'get', path: '/feedback/tickets', tag: 'feedback', summary: 'Resolved tickets whose requester is to be asked for feedback now, with name, phone and resolution', access: ['feedbackAgent'], query },
    ({ principal, query: paging }) => listAwaitingFeedback(deps, principal, paging),
  );
  return routes.router;
}
