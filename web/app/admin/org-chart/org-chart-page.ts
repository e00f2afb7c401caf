import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import type { Position } from '../../../contract/admin/position';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { ApiErrorMessage } from '../../shared/api-error-message/api-error-message';
import { Icon } from '../../shared/icon/icon';
import { localName } from '../../shared/local-name/local-name';
import { LocalNamePipe } from '../../shared/local-name/local-name-pipe';
import { TreeView } from '../../shared/tree-view/tree-view';
import type { TreeViewNode } from '../../shared/tree-view/tree-view-node';
import { AdminDirectory } from '../admin-data/admin-directory';
import { PositionEditor } from './position-editor';
import { UnitEditor } from './unit-editor';

/** What the editing pane shows: the selected unit or position, or a new one being created. */
type Pane =
  | { readonly kind: 'none' }
  | { readonly kind: 'unit'; readonly id: number | null; readonly parentId: number | null }
  | { readonly kind: 'position'; readonly id: number | null; readonly unitId: number | null };

const unitKey = (id: number) => `u:${id}`;
const positionKey = (id: number) => `p:${id}`;

/**
 * The org chart: units as a tree with their positions inside, and beside it the editor of the one
 * chosen. Positions are listed head first (shortest escalation path), so that each unit reads top down.
 */
@Component({
  selector: 'pk-org-chart-page',
  imports: [TreeView, UnitEditor, PositionEditor, Icon, ApiErrorMessage, LocalNamePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './org-chart-page.html',
})
export class OrgChartPage {
  private readonly directory = inject(AdminDirectory);
  private readonly i18n = inject(I18n);

  protected readonly units = this.directory.units;
  protected readonly positions = this.directory.positions;
  protected readonly filter = signal('');
  protected readonly selected = signal<string | null>(null);
  /** A unit or position being created, until it is saved or given up. */
  private readonly creating = signal<Pane | null>(null);

  protected readonly nodes = computed<TreeViewNode[]>(() => {
    const language = this.i18n.language();
    const inactive = this.i18n.translate('admin.inactive');
    const byName = (a: string, b: string) => a.localeCompare(b, language);
    const units = [...this.units.items()].sort((a, b) => byName(localName(a, language), localName(b, language)));
    const positions = [...this.positions.items()].sort((a, b) => a.escalationPath.length - b.escalationPath.length || byName(localName(a, language), localName(b, language)));
    return [
      ...units.map((unit) => ({
        key: unitKey(unit.id),
        parentKey: unit.parentId === null ? null : unitKey(unit.parentId),
        label: localName(unit, language),
        icon: 'unit' as const,
        muted: !unit.active,
        ...(unit.active ? {} : { badge: inactive }),
      })),
      ...positions.map((position) => ({
        key: positionKey(position.id),
        parentKey: unitKey(position.unitId),
        label: localName(position, language),
        icon: 'position' as const,
        muted: !position.active,
        ...(position.active ? {} : { badge: inactive }),
        ...(position.holderPersonIds.length > 0 ? { detail: this.i18n.translate('admin.org.holderCount', { count: position.holderPersonIds.length }) } : {}),
      })),
    ];
  });

  protected readonly pane = computed<Pane>(() => {
    const creating = this.creating();
    if (creating) return creating;
    const [kind, id] = (this.selected() ?? '').split(':');
    if (kind === 'u') return { kind: 'unit', id: Number(id), parentId: null };
    if (kind === 'p') return { kind: 'position', id: Number(id), unitId: null };
    return { kind: 'none' };
  });
  protected readonly selectedUnit = computed(() => {
    const pane = this.pane();
    return pane.kind === 'unit' && pane.id !== null ? (this.units.byId().get(pane.id) ?? null) : null;
  });
  protected readonly selectedPosition = computed<Position | null>(() => {
    const pane = this.pane();
    return pane.kind === 'position' && pane.id !== null ? (this.positions.byId().get(pane.id) ?? null) : null;
  });
  /** Where a unit or position being created goes. */
  protected readonly newParentUnitId = computed(() => {
    const pane = this.pane();
    return pane.kind === 'unit' ? pane.parentId : pane.kind === 'position' ? pane.unitId : null;
  });

  constructor() {
    void this.units.load();
    void this.positions.load();
  }

  protected selectNode(key: string | null): void {
    this.creating.set(null);
    this.selected.set(key);
  }

  protected setFilter(event: Event): void {
    this.filter.set((event.target as HTMLInputElement).value);
  }

  protected addUnit(parentId: number | null): void {
    this.creating.set({ kind: 'unit', id: null, parentId });
  }

  protected addPosition(unitId: number): void {
    this.creating.set({ kind: 'position', id: null, unitId });
  }

  protected showUnit(id: number): void {
    this.selectNode(unitKey(id));
  }

  protected showPosition(id: number): void {
    this.selectNode(positionKey(id));
  }

  protected closePane(): void {
    this.creating.set(null);
    this.selected.set(null);
  }

  protected giveUpCreating(): void {
    this.creating.set(null);
  }
}
