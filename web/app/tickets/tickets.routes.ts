import type { Routes } from '@angular/router';
import { provideMessages } from '../core/i18n/provide-messages';
import { pageTitle } from '../core/i18n/translated-title-strategy';
import { processDiagramEn } from '../shared/process-diagram/process-diagram.en';
import { processDiagramFa } from '../shared/process-diagram/process-diagram.fa';
import { ticketEn } from './tickets.en';
import { ticketFa } from './tickets.fa';

/** A ticket's page (`/tickets/:id`, linked from cartables, the console and the portal), loaded lazily with its messages. */
export const TICKET_ROUTES: Routes = [
  { path: ':id', title: pageTitle('ticket.title'), providers: [provideMessages(ticketFa, ticketEn), provideMessages(processDiagramFa, processDiagramEn)], loadComponent: () => import('./ticket-page/ticket-page').then((m) => m.TicketPage) },
];
