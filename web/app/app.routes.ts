import type { Routes } from '@angular/router';
import { pageTitle } from './core/i18n/translated-title-strategy';

/**
 * Every page is loaded lazily. Each area owns its routes in `<area>/<area>.routes.ts`; an area not
 * built yet shows the "coming soon" page there (set `ready` in core/layout/product-areas.ts when it lands).
 */
export const routes: Routes = [
  { path: '', pathMatch: 'full', title: pageTitle('area.home'), loadComponent: () => import('./home/home-page').then((m) => m.HomePage) },
  { path: 'status', title: pageTitle('area.status'), loadComponent: () => import('./status/status-page').then((m) => m.StatusPage) },
  { path: 'operator-console', loadChildren: () => import('./operator-console/operator-console.routes').then((m) => m.OPERATOR_CONSOLE_ROUTES) },
  { path: 'cartable', loadChildren: () => import('./cartable/cartable.routes').then((m) => m.CARTABLE_ROUTES) },
  { path: 'portal', loadChildren: () => import('./portal/portal.routes').then((m) => m.PORTAL_ROUTES) },
  { path: 'designer', loadChildren: () => import('./designer/designer.routes').then((m) => m.DESIGNER_ROUTES) },
  { path: 'admin', loadChildren: () => import('./admin/admin.routes').then((m) => m.ADMIN_ROUTES) },
  { path: 'audit', loadChildren: () => import('./audit/audit.routes').then((m) => m.AUDIT_ROUTES) },
  { path: 'reports', loadChildren: () => import('./reports/reports.routes').then((m) => m.REPORTS_ROUTES) },
  { path: 'ui', title: pageTitle('gallery.title'), loadComponent: () => import('./ui-gallery/ui-gallery-page').then((m) => m.UiGalleryPage) },
  { path: '**', title: pageTitle('notFound.title'), loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage) },
];
