import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ApiError } from '../../core/api/api-error';
import { I18n } from '../../core/i18n/i18n';
import { ApiErrorMessage } from '../api-error-message/api-error-message';
import { problemMessage } from './problem-message';
import { problemsOfNoField } from './problems-of-field';

/**
 * Above a form: why the last save failed. For a validation error, the problems of fields the form
 * does not show (those it shows appear next to them through `pk-field-error`); for anything else, its message.
 */
@Component({
  selector: 'pk-save-error',
  imports: [ApiErrorMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'alert' },
  template: `
    @if (error(); as failure) {
      <div class="box">
        @if (isValidation()) {
          <p class="line">{{ validationMessage() }}</p>
          @if (otherProblems().length > 0) {
            <ul class="problems">
              @for (problem of otherProblems(); track $index) {
                <li>{{ problem }}</li>
              }
            </ul>
          }
        } @else {
          <pk-api-error-message [error]="failure" />
        }
      </div>
    }
  `,
  styles: `
    :host { display: block; }
    .box { margin-block-end: 1rem; padding: 0.625rem 0.875rem; border: 1px solid rgb(168 36 27 / 0.25); border-radius: var(--pk-radius); background: var(--pk-color-danger-bg); color: var(--pk-color-danger); font-weight: 600; }
    .line { margin: 0; }
    .problems { margin-block: 0.375rem 0; padding-inline-start: 1.25rem; font-weight: 400; }
  `,
})
export class SaveError {
  private readonly i18n = inject(I18n);
  readonly error = input.required<unknown>();
  /** The fields the form shows its own problems for. */
  readonly fields = input<readonly string[]>([]);

  protected readonly isValidation = computed(() => this.error() instanceof ApiError && (this.error() as ApiError).kind === 'validation');
  protected readonly validationMessage = computed(() => this.i18n.translate('api.error.validation'));
  protected readonly otherProblems = computed(() => {
    this.i18n.language();
    return problemsOfNoField(this.error(), this.fields()).map((problem) => problemMessage(this.i18n, problem));
  });
}
