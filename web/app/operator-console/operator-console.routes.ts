import type { Routes } from '@angular/router';
import { pageTitle } from '../core/i18n/translated-title-strategy';

/** The operator-console area's pages, loaded lazily. */
export const OPERATOR_CONSOLE_ROUTES: Routes = [
  { path: '', title: pageTitle('area.operatorConsole'), loadComponent: () => import('./operator-console-page').then((m) => m.OperatorConsolePage) },
];
