import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, model, signal, untracked } from '@angular/core';
import { I18n } from '../../core/i18n/i18n';
import { Icon } from '../icon/icon';
import { normalizeForFilter } from './normalize-for-filter';
import type { TreeViewNode } from './tree-view-node';

interface TreeRow {
  readonly node: TreeViewNode;
  readonly depth: number;
  readonly position: number;
  readonly setSize: number;
  readonly hasChildren: boolean;
  readonly expanded: boolean;
}

/**
 * A tree to browse and pick from (org chart, locations, catalogue), following the WAI-ARIA tree
 * pattern: one tab stop; ↑ ↓ move, → ← (mirrored in right-to-left pages) open, close and move in and
 * out, Home and End jump, Enter or Space selects, typing a letter jumps to the next node starting
 * with it. `filter` shows the matching nodes with their ancestors, opened.
 */
@Component({
  selector: 'pk-tree-view',
  imports: [Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tree-view.html',
  styleUrl: './tree-view.css',
})
export class TreeView {
  readonly nodes = input.required<readonly TreeViewNode[]>();
  /** The tree's accessible name. */
  readonly label = input.required<string>();
  /** The chosen node's key; two-way: `[(selected)]`. */
  readonly selected = model<string | null>(null);
  readonly filter = input('');
  /** How many levels are open before the user opens more. */
  readonly openLevels = input(1);

  private readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly expanded = signal<ReadonlySet<string>>(new Set());
  private initialized = false;
  /** The node holding the tab stop, when the user moved it away from the selected one. */
  private readonly focusKey = signal<string | null>(null);

  private readonly children = computed(() => {
    const keys = new Set(this.nodes().map((node) => node.key));
    const children = new Map<string | null, TreeViewNode[]>();
    for (const node of this.nodes()) {
      const parent = node.parentKey !== null && keys.has(node.parentKey) ? node.parentKey : null;
      children.set(parent, [...(children.get(parent) ?? []), node]);
    }
    return children;
  });
  private readonly parents = computed(() => new Map(this.nodes().map((node) => [node.key, node.parentKey])));

  /** With a filter: the keys to show (matches and their ancestors); `null` without one. */
  private readonly shownByFilter = computed(() => {
    const text = normalizeForFilter(this.filter());
    if (text === '') return null;
    const shown = new Set<string>();
    for (const node of this.nodes()) {
      if (!normalizeForFilter(`${node.label} ${node.badge ?? ''} ${node.detail ?? ''}`).includes(text)) continue;
      for (const key of this.ancestorsAndSelf(node.key)) shown.add(key);
    }
    return shown;
  });

  protected readonly rows = computed<TreeRow[]>(() => {
    const children = this.children();
    const shown = this.shownByFilter();
    const expanded = this.expanded();
    const rows: TreeRow[] = [];
    const visit = (parent: string | null, depth: number) => {
      const siblings = (children.get(parent) ?? []).filter((node) => shown === null || shown.has(node.key));
      siblings.forEach((node, index) => {
        const hasChildren = (children.get(node.key) ?? []).some((child) => shown === null || shown.has(child.key));
        const open = hasChildren && (shown !== null || expanded.has(node.key));
        rows.push({ node, depth, position: index + 1, setSize: siblings.length, hasChildren, expanded: open });
        if (open) visit(node.key, depth + 1);
      });
    };
    visit(null, 0);
    return rows;
  });

  protected readonly activeKey = computed(() => {
    const rows = this.rows();
    const wanted = [this.focusKey(), this.selected()].find((key) => key !== null && rows.some((row) => row.node.key === key));
    return wanted ?? rows[0]?.node.key ?? null;
  });

  constructor() {
    effect(() => {
      // The first levels open once the nodes arrive; later the user decides.
      const nodes = this.nodes();
      if (this.initialized || nodes.length === 0) return;
      this.initialized = true;
      const open = new Set<string>();
      for (const node of nodes) if (this.ancestorsAndSelf(node.key).length <= this.openLevels()) open.add(node.key);
      this.expanded.set(open);
    });
    effect(() => {
      // A newly selected node (or one whose tree changed) comes into view: its ancestors open. Not
      // when the user closes an ancestor of the selected node (← in LTR, → in RTL), which the
      // WAI-ARIA tree pattern allows: hence `expanded` is read untracked.
      const key = this.selected();
      if (key === null) return;
      const ancestors = this.ancestorsAndSelf(key).slice(0, -1);
      untracked(() => {
        if (ancestors.every((ancestor) => this.expanded().has(ancestor))) return;
        this.expanded.update((open) => new Set([...open, ...ancestors]));
      });
    });
  }

  protected choose(key: string): void {
    this.focusKey.set(key);
    this.selected.set(key);
  }

  protected toggle(event: Event, key: string): void {
    event.stopPropagation();
    this.setExpanded(key, !this.expanded().has(key));
  }

  protected rememberFocus(key: string): void {
    this.focusKey.set(key);
  }

  protected moveByKey(event: KeyboardEvent): void {
    const rows = this.rows();
    const index = rows.findIndex((row) => row.node.key === this.activeKey());
    const row = rows[index];
    if (row === undefined) return;
    const rtl = this.i18n.info().direction === 'rtl';
    const inward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const outward = rtl ? 'ArrowRight' : 'ArrowLeft';
    let target: string | null | undefined;
    switch (event.key) {
      case 'ArrowDown':
        target = rows[index + 1]?.node.key;
        break;
      case 'ArrowUp':
        target = rows[index - 1]?.node.key;
        break;
      case 'Home':
        target = rows[0]?.node.key;
        break;
      case 'End':
        target = rows.at(-1)?.node.key;
        break;
      case inward:
        if (row.hasChildren && !row.expanded) this.setExpanded(row.node.key, true);
        else if (row.hasChildren) target = rows[index + 1]?.node.key;
        break;
      case outward:
        if (row.expanded && this.shownByFilter() === null) this.setExpanded(row.node.key, false);
        else target = rows.find((candidate) => candidate.node.key === this.parents().get(row.node.key))?.node.key;
        break;
      case 'Enter':
      case ' ':
        this.choose(row.node.key);
        break;
      default:
        if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
        target = this.nextStartingWith(rows, index, event.key);
        if (target === undefined) return;
    }
    event.preventDefault();
    if (target) this.focusNode(target);
  }

  private nextStartingWith(rows: readonly TreeRow[], from: number, letter: string): string | undefined {
    const wanted = normalizeForFilter(letter);
    const ordered = [...rows.slice(from + 1), ...rows.slice(0, from + 1)];
    return ordered.find((row) => normalizeForFilter(row.node.label).startsWith(wanted))?.node.key;
  }

  private focusNode(key: string): void {
    this.focusKey.set(key);
    this.host.nativeElement.querySelector<HTMLElement>(`[data-key="${key}"]`)?.focus();
  }

  private setExpanded(key: string, open: boolean): void {
    this.expanded.update((current) => {
      const next = new Set(current);
      if (open) next.add(key);
      else next.delete(key);
      return next;
    });
  }

  /** The key's ancestors, top first, then the key; stops at a cycle. */
  private ancestorsAndSelf(key: string): string[] {
    const parents = this.parents();
    const path: string[] = [];
    let current: string | null | undefined = key;
    while (current != null && !path.includes(current)) {
      path.unshift(current);
      current = parents.get(current);
    }
    return path;
  }
}
