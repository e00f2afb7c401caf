import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../core/i18n/translate-pipe';

@Component({
  selector: 'pk-not-found-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'notFound.title' | translate }}</h1>
    <p>{{ 'notFound.body' | translate }}</p>
    <a class="pk-button secondary" routerLink="/">{{ 'comingSoon.backHome' | translate }}</a>
  `,
})
export class NotFoundPage {}
