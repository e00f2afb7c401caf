import type { Role } from './role.js';

/**
 * Who is acting, as the API establishes it for each request (a logged-in user or an API key) and
 * passes to every use case, which checks what this principal may do.
 */
export interface Principal {
  readonly kind: 'user' | 'apiKey' | 'system';
  /** The user's id, or the API key's id. */
  readonly id: number;
  /** The person behind a user, when the user is someone of the organization. */
  readonly personId: number | null;
  readonly roles: ReadonlySet<Role>;
  /** Positions the person holds. */
  readonly positionIds: readonly number[];
  /** Positions whose cartables this principal may see: its own and, for supervisors, all below them. */
  readonly visiblePositionIds: readonly number[];
  readonly language: 'fa' | 'en';
}

/** The engine's own timers and workers, when they act on the domain. */
export const systemPrincipal: Principal = {
  kind: 'system',
  id: 0,
  personId: null,
  roles: new Set(),
  positionIds: [],
  visiblePositionIds: [],
  language: 'fa',
};
