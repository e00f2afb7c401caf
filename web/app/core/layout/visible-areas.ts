import type { RoleName } from '../../../contract/roles';
import type { ProductArea } from './product-area';

/**
 * The areas a user holding `roles` may enter: those open to everyone and those naming one of the
 * user's roles. Nobody signed in has no roles and sees only the open areas.
 */
export function visibleAreas(areas: readonly ProductArea[], roles: ReadonlySet<RoleName>): readonly ProductArea[] {
  return areas.filter((area) => !area.roles || area.roles.some((role) => roles.has(role)));
}
