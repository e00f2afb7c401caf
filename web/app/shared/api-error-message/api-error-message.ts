import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ApiError } from '../../core/api/api-error';
import { I18n } from '../../core/i18n/i18n';

/** Shows what went wrong with an API call, in the user's language, with a line per rejected field. */
@Component({
  selector: 'pk-api-error-message',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="message">{{ message() }}</p>
    @if (problems().length > 0) {
      <ul class="problems">
        @for (problem of problems(); track $index) {
          <li>{{ problem }}</li>
        }
      </ul>
    }
  `,
  styles: `
    :host { display: block; }
    .message { margin: 0; }
    .problems { margin-block: 0.5rem 0; padding-inline-start: 1.25rem; }
  `,
})
export class ApiErrorMessage {
  private readonly i18n = inject(I18n);
  readonly error = input.required<unknown>();

  protected readonly message = computed(() => {
    const error = this.error();
    if (error instanceof ApiError) {
      // A business rule the app's catalogue does not explain is told in the server's own words.
      const serverMessage = (error.body as { message?: unknown } | null)?.message;
      if (error.kind === 'business_rule' && error.messageId === 'api.error.businessRule' && typeof serverMessage === 'string') return serverMessage;
      return this.i18n.translate(error.messageId, error.messageParams);
    }
    return this.i18n.translate('api.error.unknown', { status: '—' });
  });

  protected readonly problems = computed(() => {
    const error = this.error();
    if (!(error instanceof ApiError)) return [];
    return error.problems.map(
      (problem) => this.i18n.translateKey(problem.messageKey, problem.params) ?? problem.message ?? this.i18n.translate('api.problem.unknown', { field: problem.field }),
    );
  });
}
