import { Router } from 'express';
import type { ApiDeps } from '../api-deps.js';

/** The /api/auth endpoints. */
export function authRoutes(_deps: ApiDeps): Router {
  return Router();
}
