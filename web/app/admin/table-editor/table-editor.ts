import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, effect, inject, input, signal, untracked } from '@angular/core';
import type { MessageId } from '../../core/i18n/message-id';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { ApiErrorMessage } from '../../shared/api-error-message/api-error-message';
import { Icon } from '../../shared/icon/icon';
import type { EntityStore } from '../admin-data/entity-store';
import type { FormValues } from '../entity-form/admin-field';
import { EntityEditor } from '../entity-form/entity-editor';
import type { EntitySpec } from '../entity-form/entity-spec';
import type { TableColumn } from './table-column';

/**
 * The rows of an entity store as a table, and below it the editor of the row chosen (or of a new
 * one). The first column's text is the button that opens a row; the editor's heading takes focus.
 */
@Component({
  selector: 'pk-table-editor',
  imports: [EntityEditor, ApiErrorMessage, Icon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './table-editor.html',
})
export class TableEditor<T extends { readonly id: number }, I> {
  readonly store = input.required<EntityStore<T, I>>();
  readonly spec = input.required<EntitySpec<T, I>>();
  readonly columns = input.required<readonly TableColumn<T>[]>();
  /** The table's caption. */
  readonly caption = input.required<MessageId>();
  /** The editor's heading for a new record, and the button that starts one. */
  readonly newLabel = input.required<MessageId>();
  /** The editor's heading for a record. */
  readonly rowName = input.required<(item: T) => string>();
  /** The rows in display order; the store's order when not given. */
  readonly rows = input<readonly T[] | null>(null);
  /** A row to mark (e.g. the rule that wins a test). */
  readonly highlight = input<number | null>(null);
  readonly seed = input<FormValues>({});

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly selectedId = signal<number | null>(null);
  protected readonly creating = signal(false);
  protected readonly shownRows = computed(() => this.rows() ?? this.store().items());
  protected readonly selected = computed(() => {
    const id = this.selectedId();
    return id === null ? null : (this.store().byId().get(id) ?? null);
  });

  constructor() {
    effect(() => {
      const store = this.store();
      untracked(() => void store.load());
    });
  }

  protected open(id: number): void {
    this.creating.set(false);
    this.selectedId.set(id);
    this.focusEditor();
  }

  protected startNew(): void {
    this.selectedId.set(null);
    this.creating.set(true);
    this.focusEditor();
  }

  protected showSaved(id: number): void {
    this.creating.set(false);
    this.selectedId.set(id);
  }

  protected close(): void {
    this.creating.set(false);
    this.selectedId.set(null);
  }

  private focusEditor(): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('.adm-editor-heading')?.focus(), { injector: this.injector });
  }
}
