import { ChangeDetectionStrategy, Component, computed, effect, input, output, signal, untracked } from '@angular/core';
import type { MessageId } from '../../core/i18n/message-id';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { FieldError } from '../../shared/field-problems/field-error';
import { problemsOfField } from '../../shared/field-problems/problems-of-field';
import { SaveError } from '../../shared/field-problems/save-error';
import { ConfirmButton } from '../confirm-button/confirm-button';
import type { AdminField, FieldValue, FormValues } from './admin-field';

/**
 * A form of admin fields: each with its label, hint and the problems the API found in it, in the
 * user's language; problems of fields it does not show go above it. Emits the values on submit;
 * the page turns them into the API's input and saves.
 */
@Component({
  selector: 'pk-entity-form',
  imports: [TranslatePipe, FieldError, SaveError, ConfirmButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './entity-form.html',
})
export class EntityForm {
  /** Prefix of the fields' ids, unique on the page (`location` → `location-nameFa`). */
  readonly idPrefix = input.required<string>();
  readonly fields = input.required<readonly AdminField[]>();
  /** The values to start from; the form starts over whenever they change. */
  readonly values = input.required<FormValues>();
  readonly error = input<unknown>(null);
  readonly busy = input(false);
  readonly done = input<MessageId | null>(null);
  /** Editing a stored record (Save, Delete) rather than creating one (Create, Cancel). */
  readonly editing = input(false);
  readonly deletable = input(true);

  readonly submitted = output<FormValues>();
  readonly cancelled = output<void>();
  readonly deleted = output<void>();

  protected readonly draft = signal<Record<string, FieldValue>>({});
  protected readonly problemFields = computed(() => this.fields().map((field) => field.problemField ?? field.name));

  constructor() {
    effect(() => {
      const values = this.values();
      untracked(() => this.draft.set({ ...values }));
    });
  }

  protected shown(field: AdminField): boolean {
    return field.shownWhen === undefined || this.draft()[field.shownWhen.field] === field.shownWhen.equals;
  }

  protected id(field: AdminField, suffix = ''): string {
    return `${this.idPrefix()}-${field.name}${suffix}`;
  }

  protected describedBy(field: AdminField): string {
    return [field.hint ? this.id(field, '-hint') : null, this.id(field, '-error')].filter((id) => id !== null).join(' ');
  }

  protected invalid(field: AdminField): true | null {
    return problemsOfField(this.error(), field.problemField ?? field.name).length > 0 ? true : null;
  }

  protected text(field: AdminField): string {
    const value = this.draft()[field.name];
    return typeof value === 'string' ? value : '';
  }

  protected checked(field: AdminField, option?: string): boolean {
    const value = this.draft()[field.name];
    return option === undefined ? value === true : Array.isArray(value) && (value as readonly string[]).includes(option);
  }

  protected setText(field: AdminField, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;
    this.draft.update((draft) => ({ ...draft, [field.name]: value }));
  }

  protected setFlag(field: AdminField, event: Event): void {
    const value = (event.target as HTMLInputElement).checked;
    this.draft.update((draft) => ({ ...draft, [field.name]: value }));
  }

  protected toggleOption(field: AdminField, option: string, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    this.draft.update((draft) => {
      const current = Array.isArray(draft[field.name]) ? (draft[field.name] as readonly string[]) : [];
      const next = on ? [...current.filter((value) => value !== option), option] : current.filter((value) => value !== option);
      return { ...draft, [field.name]: next };
    });
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.submitted.emit({ ...this.draft() });
  }
}
