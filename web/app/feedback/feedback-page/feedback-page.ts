import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { AwaitingFeedbackPage } from '../../../contract/feedback';
import { I18n } from '../../core/i18n/i18n';
import { LocalNumberPipe } from '../../core/i18n/local-number-pipe';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { ApiErrorMessage } from '../../shared/api-error-message/api-error-message';
import { FeedbackCard, type FeedbackRecorded } from '../feedback-card/feedback-card';
import { FeedbackApi } from '../feedback-api';

type Listing = { readonly kind: 'loading' } | { readonly kind: 'loaded'; readonly page: AwaitingFeedbackPage } | { readonly kind: 'failed'; readonly error: unknown };

const PAGE_SIZE = 20;

/**
 * The feedback agents' page: the resolved tickets whose requester is to be asked now, longest
 * waiting first. Each recorded answer takes its ticket off the list and says what became of it.
 */
@Component({
  selector: 'pk-feedback-page',
  imports: [ApiErrorMessage, FeedbackCard, LocalNumberPipe, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './feedback-page.html',
  styleUrl: './feedback-page.css',
})
export class FeedbackPage {
  private readonly api = inject(FeedbackApi);
  private readonly i18n = inject(I18n);
  protected readonly listing = signal<Listing>({ kind: 'loading' });
  protected readonly notice = signal('');
  protected readonly page = signal(1);
  protected readonly pages = computed(() => {
    const listing = this.listing();
    return listing.kind === 'loaded' ? Math.max(1, Math.ceil(listing.page.total / listing.page.pageSize)) : 1;
  });

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    try {
      this.listing.set({ kind: 'loaded', page: await this.api.awaiting(this.page(), PAGE_SIZE) });
    } catch (error) {
      this.listing.set({ kind: 'failed', error });
    }
  }

  protected goToPage(page: number): void {
    this.page.set(page);
    this.listing.set({ kind: 'loading' });
    void this.load();
  }

  protected recorded(event: FeedbackRecorded): void {
    const listing = this.listing();
    if (listing.kind === 'loaded') {
      const items = listing.page.items.filter((item) => item.id !== event.ticket.id);
      this.listing.set({ kind: 'loaded', page: { ...listing.page, items, total: Math.max(0, listing.page.total - 1) } });
    }
    const outcome = event.answer.kind === 'noAnswer' ? 'feedback.done.noAnswer' : event.status === 'closed' ? 'feedback.done.closed' : 'feedback.done.rework';
    this.notice.set(this.i18n.translate(outcome, { code: event.ticket.trackingCode }));
  }
}
