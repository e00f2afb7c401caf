import type { ProductArea } from './product-area';

/**
 * The areas a user with `roles` may see; `null` roles (nobody signed in, as long as the app has no
 * sign-in) shows every area.
 */
export function visibleAreas(areas: readonly ProductArea[], roles: ReadonlySet<string> | null): readonly ProductArea[] {
  if (roles === null) return areas;
  return areas.filter((area) => !area.roles || area.roles.some((role) => roles.has(role)));
}
