import { ChangeDetectionStrategy, Component, computed, inject, input, signal, type OnInit } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import type { TrackedTicket } from '../../../contract/tracking';
import { ApiError } from '../../core/api/api-error';
import { I18n } from '../../core/i18n/i18n';
import { LocalDatePipe } from '../../core/i18n/local-date-pipe';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { ApiErrorMessage } from '../../shared/api-error-message/api-error-message';
import { PortalApi } from '../portal-api';
import { portalStatusLabel, portalStepLabel } from '../portal-labels';

type Result = { readonly kind: 'idle' } | { readonly kind: 'loading' } | { readonly kind: 'found'; readonly ticket: TrackedTicket } | { readonly kind: 'notFound' } | { readonly kind: 'failed'; readonly error: unknown };

/**
 * Public tracking: anyone with a request's tracking code and its requester's phone number sees its
 * state and the steps meant for the requester. A wrong pair gets one neutral answer, whichever half
 * was wrong (the server does the same); lookups are rate-limited by the server.
 */
@Component({
  selector: 'pk-track-page',
  imports: [ApiErrorMessage, LocalDatePipe, ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './track-page.html',
  styleUrl: '../portal.css',
})
export class TrackPage implements OnInit {
  /** A code passed in the address (`/track?code=…`) is filled in. */
  readonly code = input<string>();

  private readonly api = inject(PortalApi);
  private readonly i18n = inject(I18n);
  protected readonly statusLabel = portalStatusLabel;
  protected readonly stepLabel = portalStepLabel;
  protected readonly form = new FormGroup({
    code: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(40)] }),
    phone: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(40)] }),
  });
  protected readonly submitted = signal(false);
  protected readonly result = signal<Result>({ kind: 'idle' });
  protected readonly categoryName = computed(() => {
    const result = this.result();
    if (result.kind !== 'found') return null;
    const { categoryNameFa, categoryNameEn } = result.ticket;
    return this.i18n.language() === 'en' && categoryNameEn ? categoryNameEn : categoryNameFa;
  });

  ngOnInit(): void {
    const code = this.code();
    if (code) this.form.controls.code.setValue(code);
  }

  protected async track(): Promise<void> {
    this.submitted.set(true);
    if (this.form.invalid || this.result().kind === 'loading') return;
    const { code, phone } = this.form.getRawValue();
    this.result.set({ kind: 'loading' });
    try {
      this.result.set({ kind: 'found', ticket: await this.api.track(code.trim(), phone.trim()) });
    } catch (error) {
      this.result.set(error instanceof ApiError && error.status === 404 ? { kind: 'notFound' } : { kind: 'failed', error });
    }
  }
}
