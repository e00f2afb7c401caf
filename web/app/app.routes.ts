import type { Routes } from '@angular/router';
import { pageTitle } from './core/i18n/translated-title-strategy';

const comingSoon = () => import('./coming-soon/coming-soon-page').then((m) => m.ComingSoonPage);

/**
 * Every page is loaded lazily. An area that is not built yet shows the "coming soon" page: replace
 * its `loadComponent` when the feature lands (and set `ready` in core/layout/product-areas.ts).
 */
export const routes: Routes = [
  { path: '', pathMatch: 'full', title: pageTitle('area.home'), loadComponent: () => import('./home/home-page').then((m) => m.HomePage) },
  { path: 'status', title: pageTitle('area.status'), loadComponent: () => import('./status/status-page').then((m) => m.StatusPage) },
  { path: 'operator-console', title: pageTitle('area.operatorConsole'), loadComponent: comingSoon, data: { area: 'operator-console' } },
  { path: 'cartable', title: pageTitle('area.cartable'), loadComponent: comingSoon, data: { area: 'cartable' } },
  { path: 'portal', title: pageTitle('area.portal'), loadComponent: comingSoon, data: { area: 'portal' } },
  { path: 'designer', title: pageTitle('area.designer'), loadComponent: comingSoon, data: { area: 'designer' } },
  { path: 'admin', title: pageTitle('area.admin'), loadComponent: comingSoon, data: { area: 'admin' } },
  { path: 'audit', title: pageTitle('area.audit'), loadComponent: comingSoon, data: { area: 'audit' } },
  { path: 'reports', title: pageTitle('area.reports'), loadComponent: comingSoon, data: { area: 'reports' } },
  { path: 'ui', title: pageTitle('gallery.title'), loadComponent: () => import('./ui-gallery/ui-gallery-page').then((m) => m.UiGalleryPage) },
  { path: '**', title: pageTitle('notFound.title'), loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage) },
];
