import type { Routes } from '@angular/router';
import { provideMessages } from '../core/i18n/provide-messages';
import { pageTitle } from '../core/i18n/translated-title-strategy';
import { portalEn } from './portal.en';
import { portalFa } from './portal.fa';

/** Public tracking by code and phone number, open to everyone (outside the requesters' portal), with the portal's messages. */
export const TRACK_ROUTES: Routes = [
  { path: '', title: pageTitle('portal.track.title'), providers: [provideMessages(portalFa, portalEn)], loadComponent: () => import('./track/track-page').then((m) => m.TrackPage) },
];
