import type { Routes } from '@angular/router';
import { redirectSignedIn, requireArea, requireSignIn } from './core/auth/require-access';
import { pageTitle } from './core/i18n/translated-title-strategy';

/**
 * Every page is loaded lazily. Each area owns its routes in `<area>/<area>.routes.ts`; an area not
 * built yet shows the "coming soon" page there (set `ready` in core/layout/product-areas.ts when it lands).
 * `requireArea` lets in only the roles core/layout/product-areas.ts gives the area; a page inside an
 * area that must stay open to everyone (public tracking) needs a route outside the guarded one.
 */
export const routes: Routes = [
  { path: '', pathMatch: 'full', title: pageTitle('area.home'), loadComponent: () => import('./home/home-page').then((m) => m.HomePage) },
  { path: 'status', title: pageTitle('area.status'), loadComponent: () => import('./status/status-page').then((m) => m.StatusPage) },
  { path: 'login', title: pageTitle('auth.login.title'), canActivate: [redirectSignedIn], loadComponent: () => import('./auth/login-page').then((m) => m.LoginPage) },
  { path: 'account/password', title: pageTitle('auth.password.title'), canActivate: [requireSignIn], loadComponent: () => import('./auth/change-password-page').then((m) => m.ChangePasswordPage) },
  { path: 'forbidden', title: pageTitle('auth.forbidden.title'), loadComponent: () => import('./auth/forbidden-page').then((m) => m.ForbiddenPage) },
  { path: 'operator-console', canActivate: [requireArea('operator-console')], loadChildren: () => import('./operator-console/operator-console.routes').then((m) => m.OPERATOR_CONSOLE_ROUTES) },
  { path: 'cartable', canActivate: [requireArea('cartable')], loadChildren: () => import('./cartable/cartable.routes').then((m) => m.CARTABLE_ROUTES) },
  { path: 'tickets', canActivate: [requireSignIn], loadChildren: () => import('./tickets/tickets.routes').then((m) => m.TICKET_ROUTES) },
  { path: 'track', loadChildren: () => import('./portal/track.routes').then((m) => m.TRACK_ROUTES) },
  { path: 'portal', canActivate: [requireArea('portal')], loadChildren: () => import('./portal/portal.routes').then((m) => m.PORTAL_ROUTES) },
  { path: 'designer', canActivate: [requireArea('designer')], loadChildren: () => import('./designer/designer.routes').then((m) => m.DESIGNER_ROUTES) },
  { path: 'admin', canActivate: [requireArea('admin')], loadChildren: () => import('./admin/admin.routes').then((m) => m.ADMIN_ROUTES) },
  { path: 'audit', canActivate: [requireArea('audit')], loadChildren: () => import('./audit/audit.routes').then((m) => m.AUDIT_ROUTES) },
  { path: 'reports', canActivate: [requireArea('reports')], loadChildren: () => import('./reports/reports.routes').then((m) => m.REPORTS_ROUTES) },
  { path: 'ui', title: pageTitle('gallery.title'), loadComponent: () => import('./ui-gallery/ui-gallery-page').then((m) => m.UiGalleryPage) },
  { path: '**', title: pageTitle('notFound.title'), loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage) },
];
