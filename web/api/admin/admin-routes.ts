import { Router } from 'express';
import type { ApiDeps } from '../api-deps.js';

/** The /api/admin endpoints. */
export function adminRoutes(_deps: ApiDeps): Router {
  return Router();
}
