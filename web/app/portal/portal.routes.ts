import type { Routes } from '@angular/router';
import { provideMessages } from '../core/i18n/provide-messages';
import { pageTitle } from '../core/i18n/translated-title-strategy';
import { portalEn } from './portal.en';
import { portalFa } from './portal.fa';

/** The requester's portal, loaded lazily with its messages: their requests, a new one, one in detail. */
export const PORTAL_ROUTES: Routes = [
  {
    path: '',
    providers: [provideMessages(portalFa, portalEn)],
    children: [
      { path: '', pathMatch: 'full', title: pageTitle('area.portal'), loadComponent: () => import('./my-requests/my-requests-page').then((m) => m.MyRequestsPage) },
      { path: 'new', title: pageTitle('portal.new.title'), loadComponent: () => import('./new-request/new-request-page').then((m) => m.NewRequestPage) },
      { path: 'requests/:id', title: pageTitle('portal.detail.title'), loadComponent: () => import('./request-detail/request-detail-page').then((m) => m.RequestDetailPage) },
    ],
  },
];
