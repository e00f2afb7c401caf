import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { I18n } from '../../core/i18n/i18n';
import type { MessageId } from '../../core/i18n/message-id';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { ApiErrorMessage } from '../../shared/api-error-message/api-error-message';
import { Icon } from '../../shared/icon/icon';
import { localName, type Bilingual } from '../../shared/local-name/local-name';
import { LocalNamePipe } from '../../shared/local-name/local-name-pipe';
import type { TreeRecord } from '../../shared/tree/tree-record';
import { TreeView } from '../../shared/tree-view/tree-view';
import type { TreeViewNode } from '../../shared/tree-view/tree-view-node';
import type { EntityStore } from '../admin-data/entity-store';
import type { FormValues } from '../entity-form/admin-field';
import { EntityEditor } from '../entity-form/entity-editor';
import type { EntitySpec } from '../entity-form/entity-spec';

/** How a tree record looks in the tree beyond its name, and what a child of it starts with. */
export interface TreeLook<T> {
  node(item: T): Pick<TreeViewNode, 'icon' | 'badge' | 'detail' | 'muted' | 'color'>;
  /** The values a new child of `parent` starts with; `null` when it may have none (a floor, a third-level category). */
  childSeed(parent: T): FormValues | null;
  /** The values a new top-level record starts with. */
  readonly topSeed: FormValues;
}

/**
 * A tree of records (locations, the request catalogue) beside the editor of the one chosen: browse
 * with the keyboard (`<pk-tree-view>`), filter, add at the top or under the chosen record.
 */
@Component({
  selector: 'pk-tree-editor',
  imports: [TreeView, EntityEditor, ApiErrorMessage, Icon, LocalNamePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tree-editor.html',
})
export class TreeEditor<T extends TreeRecord & Bilingual, I> {
  readonly store = input.required<EntityStore<T, I>>();
  readonly spec = input.required<EntitySpec<T, I>>();
  readonly look = input.required<TreeLook<T>>();
  readonly treeLabel = input.required<MessageId>();
  readonly newTopLabel = input.required<MessageId>();
  readonly newChildLabel = input.required<MessageId>();
  readonly pickHint = input.required<MessageId>();

  private readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly filter = signal('');
  protected readonly selectedKey = signal<string | null>(null);
  /** The values of a record being created, until it is saved or given up. */
  protected readonly creating = signal<FormValues | null>(null);
  protected readonly noSeed: FormValues = {};

  protected readonly nodes = computed<TreeViewNode[]>(() => {
    const language = this.i18n.language();
    const look = this.look();
    return [...this.store().items()]
      .sort((a, b) => localName(a, language).localeCompare(localName(b, language), language))
      .map((item) => ({ key: String(item.id), parentKey: item.parentId === null ? null : String(item.parentId), label: localName(item, language), ...look.node(item) }));
  });
  protected readonly selected = computed(() => {
    const key = this.selectedKey();
    return key === null ? null : (this.store().byId().get(Number(key)) ?? null);
  });
  protected readonly childSeed = computed(() => {
    const selected = this.selected();
    return selected === null ? null : this.look().childSeed(selected);
  });

  constructor() {
    effect(() => {
      const store = this.store();
      untracked(() => void store.load());
    });
  }

  protected select(key: string | null): void {
    this.creating.set(null);
    this.selectedKey.set(key);
  }

  protected startNew(seed: FormValues): void {
    this.creating.set(seed);
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('.adm-editor-heading')?.focus(), { injector: this.injector });
  }

  protected showSaved(id: number): void {
    this.select(String(id));
  }

  protected close(): void {
    this.select(null);
  }

  protected setFilter(event: Event): void {
    this.filter.set((event.target as HTMLInputElement).value);
  }
}
