import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import type { Category, CategoryInput, RequestTypeName } from '../../../contract/admin/category';
import { I18n } from '../../core/i18n/i18n';
import type { MessageId } from '../../core/i18n/message-id';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { localName } from '../../shared/local-name/local-name';
import { AdminDirectory } from '../admin-data/admin-directory';
import { treeOptions } from '../admin-data/tree-options';
import type { AdminField, FormValues } from '../entity-form/admin-field';
import type { EntitySpec } from '../entity-form/entity-spec';
import { fieldText, FormReader } from '../entity-form/form-reader';
import { TreeEditor, type TreeLook } from '../tree-editor/tree-editor';

const MAX_LEVEL = 3;
const REQUEST_TYPES: readonly RequestTypeName[] = ['incident', 'serviceRequest', 'information', 'documentation', 'change'];
const TYPE_LABELS: Readonly<Record<RequestTypeName, MessageId>> = {
  incident: 'admin.catalogue.type.incident',
  serviceRequest: 'admin.catalogue.type.serviceRequest',
  information: 'admin.catalogue.type.information',
  documentation: 'admin.catalogue.type.documentation',
  change: 'admin.catalogue.type.change',
};

/** The request catalogue: system › subsystem › subject, each with its request type, default priority and standard handling time. */
@Component({
  selector: 'pk-catalogue-page',
  imports: [TreeEditor, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="adm-page-head">
      <div>
        <h1>{{ 'admin.catalogue.title' | translate }}</h1>
        <p class="adm-lead">{{ 'admin.catalogue.lead' | translate }}</p>
      </div>
    </header>
    <pk-tree-editor
      [store]="categories"
      [spec]="spec"
      [look]="look"
      treeLabel="admin.catalogue.tree"
      newTopLabel="admin.catalogue.newSystem"
      newChildLabel="admin.catalogue.newChild"
      pickHint="admin.catalogue.pick"
    />
  `,
})
export class CataloguePage {
  private readonly directory = inject(AdminDirectory);
  private readonly i18n = inject(I18n);
  protected readonly categories = this.directory.categories;
  private readonly priorities = this.directory.priorities;

  protected readonly look: TreeLook<Category> = {
    node: (category) => {
      const priority = this.priorities.items().find((candidate) => candidate.code === category.defaultPriorityCode);
      return {
        icon: 'category',
        badge: this.i18n.translate(TYPE_LABELS[category.requestType]),
        muted: !category.active,
        ...(priority ? { color: priority.color } : {}),
        ...(category.code ? { detail: category.code } : {}),
      };
    },
    childSeed: (parent) => (parent.level >= MAX_LEVEL ? null : { parentId: String(parent.id), requestType: parent.requestType, defaultPriorityCode: parent.defaultPriorityCode ?? '' }),
    topSeed: {},
  };

  protected readonly spec: EntitySpec<Category, CategoryInput> = {
    idPrefix: 'category',
    fields: (category): AdminField[] => {
      const language = this.i18n.language();
      const types = REQUEST_TYPES.map((type) => ({ value: type, label: this.i18n.translate(TYPE_LABELS[type]) }));
      // A category may hang under the first two levels only, and not under itself.
      const parents = treeOptions(this.categories.items(), language, category?.id ?? null).map((option) => ({
        ...option,
        disabled: option.disabled || (this.categories.byId().get(Number(option.value))?.level ?? MAX_LEVEL) >= MAX_LEVEL,
      }));
      return [
        { kind: 'text', name: 'nameFa', label: 'admin.nameFa', dir: 'rtl' },
        { kind: 'text', name: 'nameEn', label: 'admin.nameEn', dir: 'ltr' },
        { kind: 'select', name: 'parentId', label: 'admin.catalogue.parent', empty: 'admin.catalogue.topLevel', options: parents },
        { kind: 'text', name: 'code', label: 'admin.code', dir: 'ltr', hint: 'admin.codeHint' },
        { kind: 'select', name: 'requestType', label: 'admin.catalogue.requestType', options: types },
        {
          kind: 'select',
          name: 'defaultPriorityCode',
          label: 'admin.catalogue.defaultPriority',
          empty: 'admin.catalogue.noDefaultPriority',
          options: this.priorities.items().map((priority) => ({ value: priority.code, label: localName(priority, language) })),
        },
        { kind: 'number', name: 'handlingMinutes', label: 'admin.catalogue.handlingMinutes', hint: 'admin.catalogue.handlingMinutesHint', min: 1 },
        { kind: 'number', name: 'sortOrder', label: 'admin.catalogue.sortOrder' },
        { kind: 'check', name: 'active', label: 'admin.active' },
        { kind: 'multi', name: 'requestTypes', label: 'admin.catalogue.portalTypes', hint: 'admin.catalogue.portalTypesHint', options: types },
      ];
    },
    toValues: (category: Category | null, seed: FormValues): FormValues => ({
      nameFa: category?.nameFa ?? '',
      nameEn: category?.nameEn ?? '',
      parentId: fieldText(category?.parentId),
      code: category?.code ?? '',
      requestType: category?.requestType ?? 'incident',
      defaultPriorityCode: category?.defaultPriorityCode ?? '',
      handlingMinutes: fieldText(category?.handlingMinutes),
      sortOrder: fieldText(category?.sortOrder ?? 0),
      active: category?.active ?? true,
      requestTypes: [...(category?.requestTypes ?? [])],
      ...seed,
    }),
    toInput: (values: FormValues): CategoryInput => {
      const form = new FormReader(values);
      return {
        nameFa: form.text('nameFa'),
        nameEn: form.text('nameEn'),
        parentId: form.optionalId('parentId'),
        code: form.optionalText('code'),
        requestType: form.text('requestType') as RequestTypeName,
        requestTypes: form.list('requestTypes') as RequestTypeName[],
        defaultPriorityCode: form.optionalText('defaultPriorityCode'),
        handlingMinutes: form.optionalNumber('handlingMinutes'),
        sortOrder: form.number('sortOrder'),
        active: form.flag('active'),
      };
    },
  };

  constructor() {
    void this.priorities.load();
  }
}
