import { Router } from 'express';
import type { ApiDeps } from '../api-deps.js';

/** The /api/processes endpoints: process designer and instance history. */
export function processRoutes(_deps: ApiDeps): Router {
  return Router();
}
