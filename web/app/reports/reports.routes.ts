import type { Routes } from '@angular/router';
import { pageTitle } from '../core/i18n/translated-title-strategy';

/** The reports area's pages, loaded lazily. Replace the coming-soon page as the feature lands. */
export const REPORTS_ROUTES: Routes = [
  { path: '', title: pageTitle('area.reports'), loadComponent: () => import('../coming-soon/coming-soon-page').then((m) => m.ComingSoonPage), data: { area: 'reports' } },
];
