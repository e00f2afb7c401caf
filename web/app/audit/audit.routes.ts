import type { Routes } from '@angular/router';
import { pageTitle } from '../core/i18n/translated-title-strategy';

/** The audit area's pages, loaded lazily. */
export const AUDIT_ROUTES: Routes = [
  { path: '', pathMatch: 'full', title: pageTitle('area.audit'), loadComponent: () => import('./audit-search/audit-search-page').then((m) => m.AuditSearchPage) },
  { path: 'tickets/:id', title: pageTitle('audit.ticket.title'), loadComponent: () => import('./audit-ticket/audit-ticket-page').then((m) => m.AuditTicketPage) },
];
