import { Router } from 'express';
import type { ApiDeps } from '../api-deps.js';

/** The /api/telephony endpoints (operator presence, calls, IVR administration). */
export function telephonyRoutes(_deps: ApiDeps): Router {
  return Router();
}
