import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import type { Priority, PriorityInput } from '../../../contract/admin/priority';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { localName } from '../../shared/local-name/local-name';
import { AdminDirectory } from '../admin-data/admin-directory';
import type { AdminField, FormValues } from '../entity-form/admin-field';
import type { EntitySpec } from '../entity-form/entity-spec';
import { fieldText, FormReader } from '../entity-form/form-reader';
import type { TableColumn } from '../table-editor/table-column';
import { TableEditor } from '../table-editor/table-editor';

/** Priorities, most urgent first, with the colour cartable rows take and the one new tickets get by default. */
@Component({
  selector: 'pk-priorities-page',
  imports: [TableEditor, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="adm-page-head">
      <div>
        <h1>{{ 'admin.priorities.title' | translate }}</h1>
        <p class="adm-lead">{{ 'admin.priorities.lead' | translate }}</p>
      </div>
    </header>
    <pk-table-editor [store]="priorities" [spec]="spec" [columns]="columns" [rows]="ordered()" caption="admin.priorities.title" newLabel="admin.priorities.new" [rowName]="name" />
  `,
})
export class PrioritiesPage {
  private readonly i18n = inject(I18n);
  protected readonly priorities = inject(AdminDirectory).priorities;
  protected readonly ordered = computed(() => [...this.priorities.items()].sort((a, b) => a.rankOrder - b.rankOrder || a.id - b.id));
  protected readonly name = (priority: Priority) => localName(priority, this.i18n.language());

  protected readonly columns: readonly TableColumn<Priority>[] = [
    { header: 'admin.priorities.name', cell: this.name, swatch: (priority) => priority.color },
    { header: 'admin.code', cell: (priority) => priority.code },
    { header: 'admin.priorities.rank', cell: (priority) => this.i18n.formatNumber(priority.rankOrder), numeric: true },
    { header: 'admin.priorities.isDefault', cell: (priority) => (priority.isDefault ? this.i18n.translate('admin.yes') : '') },
    { header: 'admin.status', cell: (priority) => this.i18n.translate(priority.active ? 'admin.active' : 'admin.inactive') },
  ];

  protected readonly spec: EntitySpec<Priority, PriorityInput> = {
    idPrefix: 'priority',
    fields: (): AdminField[] => [
      { kind: 'text', name: 'nameFa', label: 'admin.nameFa', dir: 'rtl' },
      { kind: 'text', name: 'nameEn', label: 'admin.nameEn', dir: 'ltr' },
      { kind: 'text', name: 'code', label: 'admin.code', dir: 'ltr', hint: 'admin.priorities.codeHint' },
      { kind: 'number', name: 'rankOrder', label: 'admin.priorities.rank', hint: 'admin.priorities.rankHint', min: 1 },
      { kind: 'color', name: 'color', label: 'admin.priorities.color' },
      { kind: 'check', name: 'isDefault', label: 'admin.priorities.isDefault', hint: 'admin.priorities.isDefaultHint' },
      { kind: 'check', name: 'active', label: 'admin.active' },
    ],
    toValues: (priority: Priority | null, seed: FormValues): FormValues => ({
      nameFa: priority?.nameFa ?? '',
      nameEn: priority?.nameEn ?? '',
      code: priority?.code ?? '',
      rankOrder: fieldText(priority?.rankOrder ?? this.priorities.items().length + 1),
      color: priority?.color ?? '#2f6fde',
      isDefault: priority?.isDefault ?? false,
      active: priority?.active ?? true,
      ...seed,
    }),
    toInput: (values: FormValues): PriorityInput => {
      const form = new FormReader(values);
      return {
        nameFa: form.text('nameFa'),
        nameEn: form.text('nameEn'),
        code: form.text('code'),
        rankOrder: form.number('rankOrder'),
        color: form.text('color'),
        isDefault: form.flag('isDefault'),
        active: form.flag('active'),
      };
    },
  };
}
