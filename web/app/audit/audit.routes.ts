import type { Routes } from '@angular/router';
import { provideMessages } from '../core/i18n/provide-messages';
import { pageTitle } from '../core/i18n/translated-title-strategy';
import { processDiagramEn } from '../shared/process-diagram/process-diagram.en';
import { processDiagramFa } from '../shared/process-diagram/process-diagram.fa';
import { auditEn } from './audit.en';
import { auditFa } from './audit.fa';

/** The audit area's pages, loaded lazily with their messages and the diagram's. */
export const AUDIT_ROUTES: Routes = [
  {
    path: '',
    providers: [provideMessages(auditFa, auditEn), provideMessages(processDiagramFa, processDiagramEn)],
    children: [
      { path: '', pathMatch: 'full', title: pageTitle('area.audit'), loadComponent: () => import('./audit-search/audit-search-page').then((m) => m.AuditSearchPage) },
      { path: 'tickets/:id', title: pageTitle('audit.ticket.title'), loadComponent: () => import('./audit-ticket/audit-ticket-page').then((m) => m.AuditTicketPage) },
    ],
  },
];
