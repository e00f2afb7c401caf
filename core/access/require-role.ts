import { ForbiddenError } from '../errors/forbidden-error.js';
import type { Principal } from './principal.js';
import type { Role } from './role.js';

/** Whether the principal has at least one of `roles`. */
export function hasAnyRole(principal: Principal, roles: readonly Role[]): boolean {
  return roles.some((role) => principal.roles.has(role));
}

/** Throws ForbiddenError unless the principal has at least one of `roles`; use cases call it first. */
export function requireAnyRole(principal: Principal, roles: readonly Role[]): void {
  if (!hasAnyRole(principal, roles)) throw new ForbiddenError(`needs one of the roles ${roles.join(', ')}`);
}
