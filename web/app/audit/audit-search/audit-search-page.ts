import { ChangeDetectionStrategy, Component, computed, effect, inject, input, numberAttribute, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { AuditCategory, AuditTicketPage, AuditTicketQuery } from '../../../contract/audit';
import { I18n } from '../../core/i18n/i18n';
import { LocalDatePipe } from '../../core/i18n/local-date-pipe';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { ApiErrorMessage } from '../../shared/api-error-message/api-error-message';
import { Icon } from '../../shared/icon/icon';
import { JalaliDatePicker } from '../../shared/jalali-date-picker/jalali-date-picker';
import { AuditApi } from '../audit-api';
import { statusLabel } from '../status-label';

type Results = { readonly kind: 'idle' } | { readonly kind: 'loading' } | { readonly kind: 'loaded'; readonly page: AuditTicketPage } | { readonly kind: 'failed'; readonly error: unknown };

const PAGE_SIZE = 25;

const optionalNumber = (value: unknown) => (value === undefined || value === null || value === '' ? undefined : numberAttribute(value, undefined));

/**
 * The auditor's search over every ticket: tracking code, requester (name or phone), registration
 * dates (a Jalali range in Persian) and category. The filters live in the address, so that a search
 * can be bookmarked and the back button returns to it.
 */
@Component({
  selector: 'pk-audit-search-page',
  imports: [ApiErrorMessage, Icon, JalaliDatePicker, LocalDatePipe, ReactiveFormsModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-search-page.html',
  styleUrl: './audit-search-page.css',
})
export class AuditSearchPage {
  // Query parameters of the address.
  readonly trackingCode = input<string>();
  readonly requester = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly categoryId = input(undefined, { transform: optionalNumber });
  readonly page = input(1, { transform: (value: unknown) => optionalNumber(value) ?? 1 });

  private readonly api = inject(AuditApi);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18n);

  protected readonly form = new FormGroup({
    trackingCode: new FormControl('', { nonNullable: true }),
    requester: new FormControl('', { nonNullable: true }),
    from: new FormControl<string | null>(null),
    to: new FormControl<string | null>(null),
    categoryId: new FormControl<number | null>(null),
  });
  protected readonly categories = signal<ReadonlyArray<AuditCategory & { readonly parentId: number | null }>>([]);
  protected readonly results = signal<Results>({ kind: 'idle' });
  protected readonly pages = computed(() => {
    const results = this.results();
    return results.kind === 'loaded' ? Math.max(1, Math.ceil(results.page.total / results.page.pageSize)) : 1;
  });
  protected readonly statusLabel = statusLabel;

  constructor() {
    void this.api.categories().then(
      (answer) => this.categories.set(answer.categories),
      // The filter is a help, not a must: without the catalogue the other filters still work.
      () => this.categories.set([]),
    );
    effect(() => {
      const query: AuditTicketQuery = {
        trackingCode: this.trackingCode(),
        requester: this.requester(),
        from: this.from(),
        to: this.to(),
        categoryId: this.categoryId(),
        page: this.page(),
        pageSize: PAGE_SIZE,
      };
      untracked(() => {
        this.form.setValue({ trackingCode: query.trackingCode ?? '', requester: query.requester ?? '', from: query.from ?? null, to: query.to ?? null, categoryId: query.categoryId ?? null });
        void this.load(query);
      });
    });
  }

  protected categoryPath(category: AuditCategory): string {
    return this.i18n.language() === 'fa' ? category.pathFa : category.pathEn;
  }

  protected search(): void {
    const value = this.form.getRawValue();
    void this.router.navigate([], {
      queryParams: {
        trackingCode: value.trackingCode.trim() || null,
        requester: value.requester.trim() || null,
        from: value.from,
        to: value.to,
        categoryId: value.categoryId,
        page: null,
      },
    });
  }

  protected clear(): void {
    void this.router.navigate([], { queryParams: {} });
  }

  protected goToPage(page: number): void {
    void this.router.navigate([], { queryParams: { page: page === 1 ? null : page }, queryParamsHandling: 'merge' });
  }

  private async load(query: AuditTicketQuery): Promise<void> {
    this.results.set({ kind: 'loading' });
    try {
      this.results.set({ kind: 'loaded', page: await this.api.search(query) });
    } catch (error) {
      this.results.set({ kind: 'failed', error });
    }
  }
}
