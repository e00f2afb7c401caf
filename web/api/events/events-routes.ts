import type { Router } from 'express';
import type { ApiDeps } from '../api-deps.js';
import { ApiRouter } from '../http/api-router.js';
import { openLiveEventStream } from './live-event-stream.js';

const DEFAULT_HEARTBEAT_MS = 25_000;
/** Streams end after this long, so that the principal (roles, positions, session) is read again on reconnection. */
const MAX_STREAM_AGE_MS = 15 * 60_000;

/** GET /api/events: live cartable and call updates as Server-Sent Events (see web/contract/live-events.ts). */
export function eventRoutes(deps: ApiDeps): Router {
  const routes = new ApiRouter();
  routes.route(
    {
      method: 'get',
      path: '/events',
      tag: 'events',
      summary: 'Server-Sent Events: ticket.changed for tickets the caller may see, call.* for the operator concerned, heartbeats',
      access: 'authenticated',
      produces: 'text/event-stream',
    },
    ({ principal, request, response }) => {
      openLiveEventStream(deps, principal, request, response, { heartbeatMs: deps.sseHeartbeatMs ?? DEFAULT_HEARTBEAT_MS, maxAgeMs: MAX_STREAM_AGE_MS });
    },
  );
  return routes.router;
}
