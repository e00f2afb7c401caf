import { Router } from 'express';
import type { ApiDeps } from '../api-deps.js';

/** The /api/portal endpoints. */
export function portalRoutes(_deps: ApiDeps): Router {
  return Router();
}
