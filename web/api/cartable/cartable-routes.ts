import { Router } from 'express';
import type { ApiDeps } from '../api-deps.js';

/** The /api/cartable endpoints. */
export function cartableRoutes(_deps: ApiDeps): Router {
  return Router();
}
