import { Router } from 'express';
import type { ApiDeps } from '../api-deps.js';

/** The /api/docs endpoints. */
export function docsRoutes(_deps: ApiDeps): Router {
  return Router();
}
