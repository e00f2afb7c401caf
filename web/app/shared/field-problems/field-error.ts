import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18n } from '../../core/i18n/i18n';
import { problemMessage } from './problem-message';
import { problemsOfField } from './problems-of-field';

/**
 * The server's verdict on one field, shown under it: `<pk-field-error id="unit-name-error" [error]="saveError()" field="nameFa" />`,
 * with `aria-describedby="unit-name-error"` on the input. Empty (and hidden) while the field is fine.
 */
@Component({
  selector: 'pk-field-error',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'aria-live': 'polite', '[class.has-problems]': 'messages().length > 0' },
  template: `
    @for (message of messages(); track $index) {
      <span class="pk-field-error">{{ message }}</span>
    }
  `,
  styles: `
    :host { display: none; }
    :host(.has-problems) { display: flex; flex-direction: column; gap: 0.125rem; margin-block-start: 0.25rem; }
  `,
})
export class FieldError {
  private readonly i18n = inject(I18n);
  /** The failure of the last save, whatever it was; only validation problems of `field` are shown. */
  readonly error = input.required<unknown>();
  readonly field = input.required<string>();
  /** A message of the form's own checks, shown when the server has said nothing about the field. */
  readonly local = input<string | null>(null);

  protected readonly messages = computed(() => {
    this.i18n.language();
    const fromServer = problemsOfField(this.error(), this.field()).map((problem) => problemMessage(this.i18n, problem));
    const local = this.local();
    return fromServer.length > 0 || local === null ? fromServer : [local];
  });
}
