import { ChangeDetectionStrategy, Component, computed, effect, inject, input, numberAttribute, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { CatalogueResponse } from '../../../contract/catalogue';
import type { TicketDetail } from '../../../contract/tickets';
import { I18n } from '../../core/i18n/i18n';
import { LocalDatePipe } from '../../core/i18n/local-date-pipe';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { ApiErrorMessage } from '../../shared/api-error-message/api-error-message';
import { pathTo } from '../../shared/tree/walk-tree';
import { localName } from '../../shared/local-name/local-name';
import { PortalApi } from '../portal-api';
import { portalStatusLabel, portalStepLabel, stepText } from '../portal-labels';

type Loaded = { readonly kind: 'loading' } | { readonly kind: 'loaded'; readonly ticket: TicketDetail } | { readonly kind: 'failed'; readonly error: unknown };

/**
 * One of the requester's requests: its state, what they wrote, their files, and the history they
 * may see (the server leaves out staff-only entries). When the expert asked them something, the
 * answer form is here.
 */
@Component({
  selector: 'pk-request-detail-page',
  imports: [ApiErrorMessage, LocalDatePipe, ReactiveFormsModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './request-detail-page.html',
  styleUrl: '../portal.css',
})
export class RequestDetailPage {
  readonly id = input.required({ transform: (value: unknown) => numberAttribute(value, 0) });
  /** Set when arriving from the new request form: the tracking code is announced. */
  readonly registered = input<string>();

  private readonly api = inject(PortalApi);
  private readonly i18n = inject(I18n);
  protected readonly state = signal<Loaded>({ kind: 'loading' });
  private readonly catalogue = signal<CatalogueResponse | null>(null);
  protected readonly statusLabel = portalStatusLabel;
  protected readonly stepLabel = portalStepLabel;
  protected readonly stepText = stepText;
  protected readonly answerForm = new FormGroup({ answer: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(5000)] }) });
  protected readonly answering = signal(false);
  protected readonly answerError = signal<unknown>(null);
  protected readonly answered = signal(false);

  protected readonly history = computed(() => {
    const state = this.state();
    return state.kind === 'loaded' ? state.ticket.history.filter((entry) => entry.visibleToRequester) : [];
  });
  protected readonly question = computed(() => {
    const state = this.state();
    if (state.kind !== 'loaded' || state.ticket.status !== 'waitingForInformation' || !state.ticket.allowedActions.includes('informationProvided')) return null;
    const asked = state.ticket.history.findLast((entry) => entry.kind === 'informationRequested');
    return asked === undefined ? '' : (stepText(asked.kind, asked.details) ?? '');
  });
  protected readonly categoryPath = computed(() => {
    const state = this.state();
    const catalogue = this.catalogue();
    if (state.kind !== 'loaded' || catalogue === null) return null;
    const path = pathTo(new Map(catalogue.categories.map((category) => [category.id, category])), state.ticket.categoryId);
    return path.length === 0 ? null : path.map((category) => localName(category, this.i18n.language())).join(' › ');
  });

  constructor() {
    void this.api.catalogue().then((catalogue) => this.catalogue.set(catalogue), () => this.catalogue.set(null));
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected kb(size: number): number {
    return Math.max(1, Math.round(size / 1024));
  }

  protected async answer(): Promise<void> {
    const state = this.state();
    const text = this.answerForm.getRawValue().answer.trim();
    if (state.kind !== 'loaded' || text === '' || this.answering()) {
      this.answerForm.markAllAsTouched();
      return;
    }
    this.answering.set(true);
    this.answerError.set(null);
    try {
      await this.api.answer(state.ticket.id, state.ticket.version, text);
      this.answerForm.reset();
      this.answered.set(true);
      await this.load(state.ticket.id);
    } catch (error) {
      this.answerError.set(error);
    } finally {
      this.answering.set(false);
    }
  }

  private async load(id: number): Promise<void> {
    try {
      this.state.set({ kind: 'loaded', ticket: await this.api.ticket(id) });
    } catch (error) {
      this.state.set({ kind: 'failed', error });
    }
  }
}
