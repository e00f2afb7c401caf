import type { Routes } from '@angular/router';
import { provideMessages } from '../core/i18n/provide-messages';
import { pageTitle } from '../core/i18n/translated-title-strategy';
import { adminEn } from './admin.en';
import { adminFa } from './admin.fa';

/** The admin area's pages, each loaded lazily inside the admin layout; its messages come with it. */
export const ADMIN_ROUTES: Routes = [
  {
    path: '',
    providers: [provideMessages(adminFa, adminEn)],
    loadComponent: () => import('./admin-layout/admin-layout').then((m) => m.AdminLayout),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'org-chart' },
      { path: 'org-chart', title: pageTitle('admin.orgChart.title'), loadComponent: () => import('./org-chart/org-chart-page').then((m) => m.OrgChartPage) },
      { path: 'locations', title: pageTitle('admin.locations.title'), loadComponent: () => import('./locations/locations-page').then((m) => m.LocationsPage) },
      { path: 'contractors', title: pageTitle('admin.contractors.title'), loadComponent: () => import('./contractors/contractors-page').then((m) => m.ContractorsPage) },
      { path: 'catalogue', title: pageTitle('admin.catalogue.title'), loadComponent: () => import('./catalogue/catalogue-page').then((m) => m.CataloguePage) },
      { path: 'priorities', title: pageTitle('admin.priorities.title'), loadComponent: () => import('./priorities/priorities-page').then((m) => m.PrioritiesPage) },
      { path: 'routing-rules', title: pageTitle('admin.routing.title'), loadComponent: () => import('./routing-rules/routing-rules-page').then((m) => m.RoutingRulesPage) },
    ],
  },
];
