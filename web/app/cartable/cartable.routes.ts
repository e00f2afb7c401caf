import type { Routes } from '@angular/router';
import { feedbackEn } from '../feedback/feedback.en';
import { feedbackFa } from '../feedback/feedback.fa';
import { provideMessages } from '../core/i18n/provide-messages';
import { pageTitle } from '../core/i18n/translated-title-strategy';
import { cartableEn } from './cartable.en';
import { cartableFa } from './cartable.fa';

/** The cartable area's pages, loaded lazily with their messages: the cartables, and the feedback agents' list. */
export const CARTABLE_ROUTES: Routes = [
  {
    path: '',
    providers: [provideMessages(cartableFa, cartableEn), provideMessages(feedbackFa, feedbackEn)],
    children: [
      { path: '', pathMatch: 'full', title: pageTitle('area.cartable'), loadComponent: () => import('./cartable-page/cartable-page').then((m) => m.CartablePage) },
      { path: 'feedback', title: pageTitle('feedback.title'), loadComponent: () => import('../feedback/feedback-page/feedback-page').then((m) => m.FeedbackPage) },
    ],
  },
];
