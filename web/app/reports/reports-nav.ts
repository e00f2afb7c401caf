import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { REPORT_PAGES } from './report-pages';

/** The list of reports, beside each report; the range and scope chosen travel along. */
@Component({
  selector: 'pk-reports-nav',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav [attr.aria-label]="'reports.nav.label' | translate">
      <ul>
        @for (page of pages; track page.report) {
          <li>
            <a
              [routerLink]="page.path === '' ? '/reports' : '/reports/' + page.path"
              queryParamsHandling="preserve"
              routerLinkActive="active"
              [routerLinkActiveOptions]="{ exact: true }"
              ariaCurrentWhenActive="page"
              >{{ page.title | translate }}</a
            >
          </li>
        }
      </ul>
    </nav>
  `,
  styles: `
    ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; }
    a { display: inline-block; padding: 0.3rem 0.75rem; border-radius: 999px; text-decoration: none; border: 1px solid var(--pk-color-border); background: var(--pk-color-surface); font-size: 0.9375rem; }
    a:hover { background: var(--pk-color-hover); }
    a.active { background: var(--pk-color-primary); border-color: var(--pk-color-primary); color: #ffffff; font-weight: 600; }
  `,
})
export class ReportsNav {
  protected readonly pages = REPORT_PAGES;
}
