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
      { path: 'sla', title: pageTitle('admin.sla.title'), loadComponent: () => import('./sla/sla-page').then((m) => m.SlaPage) },
      { path: 'calendar', title: pageTitle('admin.calendar.title'), loadComponent: () => import('./calendar/calendar-page').then((m) => m.CalendarPage) },
      { path: 'sms-templates', title: pageTitle('admin.smsTemplates.title'), loadComponent: () => import('./sms-templates/sms-templates-page').then((m) => m.SmsTemplatesPage) },
      { path: 'sms-outbox', title: pageTitle('admin.outbox.title'), loadComponent: () => import('./sms-outbox/sms-outbox-page').then((m) => m.SmsOutboxPage) },
      { path: 'users', title: pageTitle('admin.users.title'), loadComponent: () => import('./users/users-page').then((m) => m.UsersPage) },
      { path: 'people', title: pageTitle('admin.people.title'), loadComponent: () => import('./people/people-page').then((m) => m.PeoplePage) },
      { path: 'settings', title: pageTitle('admin.settings.title'), loadComponent: () => import('./settings/settings-page').then((m) => m.SettingsPage) },
      { path: 'api-keys', title: pageTitle('admin.apiKeys.title'), loadComponent: () => import('./api-keys/api-keys-page').then((m) => m.ApiKeysPage) },
    ],
  },
];
