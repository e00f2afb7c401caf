import type { z } from 'zod';
import type { Role } from '../../../core/access/role.js';

/** Who may call a route: anyone, any signed-in principal, or principals with one of the roles. */
export type Access = 'public' | 'authenticated' | readonly Role[];

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * A route as it is mounted, validated and documented: the OpenAPI document (/api/docs) is built
 * from these, with the same zod schemas the route parses its input with.
 */
export interface RouteSpec {
  readonly method: HttpMethod;
  /** Relative to /api, in Express syntax: `/admin/positions/:id`. */
  readonly path: string;
  readonly summary: string;
  /** The feature, as the document groups routes. */
  readonly tag: string;
  readonly access: Access;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  /** The status of a successful answer: 200 by default, 204 when the handler returns nothing. */
  readonly success?: number;
  /** What a successful answer carries, when it is not JSON. */
  readonly produces?: 'text/event-stream' | 'text/html' | 'application/javascript' | 'audio/wav';
  /** Also answered with 429 (rate-limited). */
  readonly rateLimited?: boolean;
}

const specsByRouter = new WeakMap<object, RouteSpec[]>();

/** Records the routes a router mounts, for the OpenAPI document. */
export function recordRoute(router: object, spec: RouteSpec): void {
  const specs = specsByRouter.get(router) ?? [];
  specs.push(spec);
  specsByRouter.set(router, specs);
}

/** The routes a router was given through `ApiRouter` (none for a plain Express router). */
export function documentedRoutes(router: object): readonly RouteSpec[] {
  return specsByRouter.get(router) ?? [];
}
