import { Router } from 'express';
import type { ApiDeps } from '../api-deps.js';

/** The /api/tickets endpoints. */
export function ticketRoutes(_deps: ApiDeps): Router {
  return Router();
}
