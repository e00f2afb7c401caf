import { Router } from 'express';
import type { ApiDeps } from '../api-deps.js';

/** The /api/reports endpoints: management reports and their exports. */
export function reportRoutes(_deps: ApiDeps): Router {
  return Router();
}
