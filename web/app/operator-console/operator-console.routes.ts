import type { Routes } from '@angular/router';
import { provideMessages } from '../core/i18n/provide-messages';
import { pageTitle } from '../core/i18n/translated-title-strategy';
import { ticketEn } from '../tickets/tickets.en';
import { ticketFa } from '../tickets/tickets.fa';
import { operatorConsoleEn } from './operator-console.en';
import { operatorConsoleFa } from './operator-console.fa';

/** The operator-console area's pages, loaded lazily with their messages (the tickets' for request statuses on the caller's card). */
export const OPERATOR_CONSOLE_ROUTES: Routes = [
  {
    path: '',
    title: pageTitle('area.operatorConsole'),
    providers: [provideMessages(operatorConsoleFa, operatorConsoleEn), provideMessages(ticketFa, ticketEn)],
    loadComponent: () => import('./operator-console-page').then((m) => m.OperatorConsolePage),
  },
];
