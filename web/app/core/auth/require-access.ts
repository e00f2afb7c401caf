import { inject } from '@angular/core';
import { RedirectCommand, Router, type CanActivateFn, type UrlTree } from '@angular/router';
import type { RoleName } from '../../../contract/roles';
import { PRODUCT_AREAS } from '../layout/product-areas';
import { AuthService } from './auth-service';
import { safeReturnUrl } from './safe-return-url';

async function checkAccess(url: string, roles: readonly RoleName[] | null): Promise<true | UrlTree | RedirectCommand> {
  const auth = inject(AuthService);
  const router = inject(Router);
  const user = await auth.whenKnown();
  if (user === null) return router.createUrlTree(['/login'], { queryParams: { returnUrl: url } });
  if (roles === null || roles.some((role) => user.roles.has(role))) return true;
  // The address bar keeps the address asked for, so that signing in as someone else can return to it.
  return new RedirectCommand(router.parseUrl('/forbidden'), { browserUrl: url });
}

/** Lets any signed-in user in; others go to the sign-in page and come back here afterwards. */
export const requireSignIn: CanActivateFn = (_route, state) => checkAccess(state.url, null);

/** Lets in users holding at least one of `roles`; others are asked to sign in, or told they may not enter. */
export function requireRoles(roles: readonly RoleName[]): CanActivateFn {
  return (_route, state) => checkAccess(state.url, roles);
}

/** Guards a product area with the roles `PRODUCT_AREAS` gives it (`app.routes.ts` uses this for every area). */
export function requireArea(path: string): CanActivateFn {
  const area = PRODUCT_AREAS.find((candidate) => candidate.path === path);
  if (area === undefined) throw new Error(`no product area ${path}`);
  return (_route, state) => checkAccess(state.url, area.roles ?? null);
}

/** For the sign-in page: someone already signed in goes on to where they were heading. */
export const redirectSignedIn: CanActivateFn = async (route) => {
  const router = inject(Router);
  const user = await inject(AuthService).whenKnown();
  return user === null ? true : router.parseUrl(safeReturnUrl(route.queryParamMap.get('returnUrl')));
};
