import { ChangeDetectionStrategy, Component, computed, effect, inject, input, numberAttribute, signal, untracked } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { PortalRequestPage } from '../../../contract/portal';
import { LocalDatePipe } from '../../core/i18n/local-date-pipe';
import { LocalNumberPipe } from '../../core/i18n/local-number-pipe';
import type { MessageId } from '../../core/i18n/message-id';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { ApiErrorMessage } from '../../shared/api-error-message/api-error-message';
import { Icon } from '../../shared/icon/icon';
import { PortalApi } from '../portal-api';
import { portalStatusLabel } from '../portal-labels';

type Group = 'open' | 'resolved' | 'closed';
type Listing = { readonly kind: 'loading' } | { readonly kind: 'loaded'; readonly page: PortalRequestPage } | { readonly kind: 'failed'; readonly error: unknown };

const GROUPS: ReadonlyArray<{ readonly name: Group; readonly label: MessageId }> = [
  { name: 'open', label: 'portal.mine.open' },
  { name: 'resolved', label: 'portal.mine.resolved' },
  { name: 'closed', label: 'portal.mine.closed' },
];
const PAGE_SIZE = 20;

/** The requester's own requests by status (open, resolved, closed) with counts, and the way to a new one. */
@Component({
  selector: 'pk-my-requests-page',
  imports: [ApiErrorMessage, Icon, LocalDatePipe, LocalNumberPipe, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-requests-page.html',
  styleUrl: '../portal.css',
})
export class MyRequestsPage {
  readonly status = input<Group, unknown>('open', { transform: (value: unknown) => (value === 'resolved' || value === 'closed' ? value : 'open') });
  readonly page = input(1, { transform: (value: unknown) => numberAttribute(value, 1) });

  private readonly api = inject(PortalApi);
  private readonly router = inject(Router);
  protected readonly groups = GROUPS;
  protected readonly statusLabel = portalStatusLabel;
  protected readonly listing = signal<Listing>({ kind: 'loading' });
  protected readonly pages = computed(() => {
    const listing = this.listing();
    return listing.kind === 'loaded' ? Math.max(1, Math.ceil(listing.page.total / listing.page.pageSize)) : 1;
  });

  constructor() {
    effect(() => {
      const status = this.status();
      const page = this.page();
      untracked(() => void this.load(status, page));
    });
  }

  protected goToPage(page: number): void {
    void this.router.navigate([], { queryParams: { page: page === 1 ? null : page }, queryParamsHandling: 'merge' });
  }

  private async load(status: Group, page: number): Promise<void> {
    if (this.listing().kind !== 'loaded') this.listing.set({ kind: 'loading' });
    try {
      this.listing.set({ kind: 'loaded', page: await this.api.myRequests(status, page, PAGE_SIZE) });
    } catch (error) {
      this.listing.set({ kind: 'failed', error });
    }
  }
}
