import type { Routes } from '@angular/router';
import { provideMessages } from '../core/i18n/provide-messages';
import { pageTitle } from '../core/i18n/translated-title-strategy';
import { REPORT_PAGES } from './report-pages';
import { reportsEn } from './reports.en';
import { reportsFa } from './reports.fa';

/**
 * The reports area, loaded lazily with its messages: the dashboard at /reports (its charts load
 * chart.js on first use) and a page per report at /reports/<report>, all drawn by one component
 * from the route's data.
 */
export const REPORTS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideMessages(reportsFa, reportsEn)],
    children: [
      { path: '', pathMatch: 'full', title: pageTitle('reports.dashboard.title'), loadComponent: () => import('./dashboard/dashboard-page').then((m) => m.DashboardPage) },
      ...REPORT_PAGES.filter((page) => page.path !== '').map((page) => ({
        path: page.path,
        title: pageTitle(page.title),
        data: { report: page.report },
        loadComponent: () => import('./report-page/report-page').then((m) => m.ReportPage),
      })),
    ],
  },
];
