import type { Router } from 'express';
import { z } from 'zod';
import type { ApiDeps } from '../api-deps.js';
import { ApiRouter } from '../http/api-router.js';
import { RateLimiter } from '../rate-limit/rate-limiter.js';
import { parseTrackingRequest, trackTicket } from './track-ticket.js';

const query = z.object({ code: z.string().max(40), phone: z.string().max(40) });

/** Lookups per client address in ten minutes. */
const LOOKUPS_PER_ADDRESS = 30;
/** Lookups of one tracking code in an hour, from anywhere: a code's phone number cannot be guessed by trying many. */
const LOOKUPS_PER_CODE = 10;

/** GET /api/track: public tracking by code and phone number, rate-limited per address and per code. */
export function trackingRoutes(deps: ApiDeps): Router {
  const routes = new ApiRouter();
  const perAddress = new RateLimiter(deps.clock, { limit: LOOKUPS_PER_ADDRESS, windowMs: 10 * 60_000 });
  const perCode = new RateLimiter(deps.clock, { limit: LOOKUPS_PER_CODE, windowMs: 60 * 60_000 });
  routes.route(
    {
      method: 'get',
      path: '/track',
      tag: 'tracking',
      summary: 'Track a ticket by its tracking code and the requester’s phone number (public; an unknown code and a wrong phone both answer 404)',
      access: 'public',
      query,
      rateLimited: true,
    },
    async ({ query: request, request: http }) => {
      perAddress.hit(http.ip ?? 'unknown');
      const parsed = parseTrackingRequest(request.code, request.phone);
      perCode.hit(parsed.trackingCode);
      return trackTicket(deps.db, parsed);
    },
  );
  return routes.router;
}
