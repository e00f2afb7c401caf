import { Router } from 'express';
import type { ApiDeps } from '../api-deps.js';

/** The /api/events endpoints. */
export function eventRoutes(_deps: ApiDeps): Router {
  return Router();
}
