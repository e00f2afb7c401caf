import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import type { Location, LocationInput, LocationKind } from '../../../contract/admin/location';
import { I18n } from '../../core/i18n/i18n';
import type { MessageId } from '../../core/i18n/message-id';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { AdminDirectory } from '../admin-data/admin-directory';
import { treeOptions } from '../admin-data/tree-options';
import type { AdminField, FormValues } from '../entity-form/admin-field';
import type { EntitySpec } from '../entity-form/entity-spec';
import { fieldText, FormReader } from '../entity-form/form-reader';
import { TreeEditor, type TreeLook } from '../tree-editor/tree-editor';

const KINDS: readonly LocationKind[] = ['province', 'city', 'building', 'floor'];
const KIND_LABELS: Readonly<Record<LocationKind, MessageId>> = {
  province: 'admin.locations.kind.province',
  city: 'admin.locations.kind.city',
  building: 'admin.locations.kind.building',
  floor: 'admin.locations.kind.floor',
};

/** The kind a place inside `parent` usually has: a city in a province, a floor in a building. */
function kindBelow(parent: LocationKind): LocationKind | null {
  return KINDS[KINDS.indexOf(parent) + 1] ?? null;
}

/** Locations as a tree: province › city › building › floor (a level may be skipped). */
@Component({
  selector: 'pk-locations-page',
  imports: [TreeEditor, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="adm-page-head">
      <div>
        <h1>{{ 'admin.locations.title' | translate }}</h1>
        <p class="adm-lead">{{ 'admin.locations.lead' | translate }}</p>
      </div>
    </header>
    <pk-tree-editor
      [store]="locations"
      [spec]="spec"
      [look]="look"
      treeLabel="admin.locations.tree"
      newTopLabel="admin.locations.newProvince"
      newChildLabel="admin.locations.newChild"
      pickHint="admin.locations.pick"
    />
  `,
})
export class LocationsPage {
  private readonly directory = inject(AdminDirectory);
  private readonly i18n = inject(I18n);
  protected readonly locations = this.directory.locations;

  protected readonly look: TreeLook<Location> = {
    node: (location) => ({
      icon: 'location',
      badge: this.i18n.translate(KIND_LABELS[location.kind]),
      muted: !location.active,
      ...(location.code ? { detail: location.code } : {}),
    }),
    childSeed: (parent) => {
      const kind = kindBelow(parent.kind);
      return kind === null ? null : { parentId: String(parent.id), kind };
    },
    topSeed: { kind: 'province' },
  };

  protected readonly spec: EntitySpec<Location, LocationInput> = {
    idPrefix: 'location',
    fields: (location): AdminField[] => [
      { kind: 'text', name: 'nameFa', label: 'admin.nameFa', dir: 'rtl' },
      { kind: 'text', name: 'nameEn', label: 'admin.nameEn', dir: 'ltr' },
      { kind: 'select', name: 'kind', label: 'admin.locations.kind', options: KINDS.map((kind) => ({ value: kind, label: this.i18n.translate(KIND_LABELS[kind]) })) },
      { kind: 'select', name: 'parentId', label: 'admin.locations.parent', empty: 'admin.locations.topLevel', options: treeOptions(this.locations.items(), this.i18n.language(), location?.id ?? null) },
      { kind: 'text', name: 'code', label: 'admin.code', dir: 'ltr', hint: 'admin.codeHint' },
      { kind: 'check', name: 'active', label: 'admin.active' },
    ],
    toValues: (location: Location | null, seed: FormValues): FormValues => ({
      nameFa: location?.nameFa ?? '',
      nameEn: location?.nameEn ?? '',
      kind: location?.kind ?? 'province',
      parentId: fieldText(location?.parentId),
      code: location?.code ?? '',
      active: location?.active ?? true,
      ...seed,
    }),
    toInput: (values: FormValues): LocationInput => {
      const form = new FormReader(values);
      return {
        nameFa: form.text('nameFa'),
        nameEn: form.text('nameEn'),
        kind: form.text('kind') as LocationKind,
        parentId: form.optionalId('parentId'),
        code: form.optionalText('code'),
        active: form.flag('active'),
      };
    },
  };
}
