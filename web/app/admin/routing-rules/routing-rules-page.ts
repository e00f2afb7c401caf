import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import type { RoutingRule, RoutingRuleInput } from '../../../contract/admin/routing-rule';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { localName } from '../../shared/local-name/local-name';
import { AdminDirectory } from '../admin-data/admin-directory';
import { pathName, treeOptions } from '../admin-data/tree-options';
import type { AdminField, FormValues } from '../entity-form/admin-field';
import type { EntitySpec } from '../entity-form/entity-spec';
import { fieldText, FormReader } from '../entity-form/form-reader';
import type { TableColumn } from '../table-editor/table-column';
import { TableEditor } from '../table-editor/table-editor';
import { compareRules, ruleSpecificity, winningRule } from './rule-specificity';

/**
 * Routing rules: category (any level) × location (any level) → positions or a contractor, listed
 * most specific first, the order in which they decide; and a tester that shows which rule a
 * ticket of a category and location would follow.
 */
@Component({
  selector: 'pk-routing-rules-page',
  imports: [TableEditor, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './routing-rules-page.html',
})
export class RoutingRulesPage {
  private readonly directory = inject(AdminDirectory);
  private readonly i18n = inject(I18n);
  protected readonly rules = this.directory.routingRules;
  private readonly categories = this.directory.categories;
  private readonly locations = this.directory.locations;
  private readonly positions = this.directory.positions;
  private readonly contractors = this.directory.contractors;

  protected readonly testCategory = signal<number | null>(null);
  protected readonly testLocation = signal<number | null>(null);

  protected readonly categoryOptions = computed(() => treeOptions(this.categories.items(), this.i18n.language()));
  protected readonly locationOptions = computed(() => treeOptions(this.locations.items(), this.i18n.language()));
  private readonly specificity = (rule: RoutingRule) => ruleSpecificity(rule, this.categories.byId(), this.locations.byId());
  protected readonly ordered = computed(() => [...this.rules.items()].sort((a, b) => compareRules(a, b, this.specificity)));
  protected readonly winner = computed(() =>
    this.testCategory() === null && this.testLocation() === null ? undefined : winningRule(this.rules.items(), this.testCategory(), this.testLocation(), this.categories.byId(), this.locations.byId()),
  );

  protected readonly ruleName = (rule: RoutingRule) => this.i18n.translate('admin.routing.ruleName', { id: rule.id });

  protected readonly columns: readonly TableColumn<RoutingRule>[] = [
    { header: 'admin.routing.rule', cell: (rule) => this.ruleName(rule) },
    { header: 'admin.routing.category', cell: (rule) => pathName(this.categories.byId(), rule.categoryId, this.i18n.language()) ?? this.i18n.translate('admin.routing.anyCategory') },
    { header: 'admin.routing.location', cell: (rule) => pathName(this.locations.byId(), rule.locationId, this.i18n.language()) ?? this.i18n.translate('admin.routing.anyLocation') },
    { header: 'admin.routing.target', cell: (rule) => this.targetName(rule) },
    {
      header: 'admin.routing.specificity',
      cell: (rule) => {
        const { categoryLevel, locationLevel } = this.specificity(rule);
        return this.i18n.translate('admin.routing.specificityValue', { category: categoryLevel, location: locationLevel, priority: rule.priority });
      },
    },
    { header: 'admin.status', cell: (rule) => this.i18n.translate(rule.active ? 'admin.active' : 'admin.inactive') },
  ];

  protected readonly spec: EntitySpec<RoutingRule, RoutingRuleInput> = {
    idPrefix: 'rule',
    fields: (): AdminField[] => {
      const language = this.i18n.language();
      return [
        { kind: 'select', name: 'categoryId', label: 'admin.routing.category', options: this.categoryOptions(), empty: 'admin.routing.anyCategory', hint: 'admin.routing.categoryHint' },
        { kind: 'select', name: 'locationId', label: 'admin.routing.location', options: this.locationOptions(), empty: 'admin.routing.anyLocation', hint: 'admin.routing.locationHint' },
        {
          kind: 'select',
          name: 'targetKind',
          label: 'admin.routing.targetKind',
          problemField: 'target',
          options: [
            { value: 'positions', label: this.i18n.translate('admin.routing.kind.positions') },
            { value: 'contractor', label: this.i18n.translate('admin.routing.kind.contractor') },
          ],
        },
        {
          kind: 'select',
          name: 'contractorId',
          label: 'admin.routing.contractor',
          problemField: 'target.contractorId',
          empty: 'admin.choose',
          emptyDisabled: true,
          shownWhen: { field: 'targetKind', equals: 'contractor' },
          options: this.contractors.items().map((contractor) => ({ value: String(contractor.id), label: localName(contractor, language) })),
        },
        { kind: 'number', name: 'priority', label: 'admin.routing.priority', hint: 'admin.routing.priorityHint', min: -1000, max: 1000 },
        { kind: 'check', name: 'active', label: 'admin.active' },
        { kind: 'text', name: 'description', label: 'admin.routing.description', multiline: true },
        {
          kind: 'multi',
          name: 'positionIds',
          label: 'admin.routing.positions',
          hint: 'admin.routing.positionsHint',
          problemField: 'target.positionIds',
          shownWhen: { field: 'targetKind', equals: 'positions' },
          options: treeOptions(this.positions.items(), language),
        },
      ];
    },
    toValues: (rule: RoutingRule | null, seed: FormValues): FormValues => ({
      categoryId: fieldText(rule?.categoryId),
      locationId: fieldText(rule?.locationId),
      targetKind: rule?.target.kind ?? 'positions',
      positionIds: rule?.target.kind === 'positions' ? rule.target.positionIds.map(String) : [],
      contractorId: rule?.target.kind === 'contractor' ? String(rule.target.contractorId) : '',
      priority: fieldText(rule?.priority ?? 0),
      description: rule?.description ?? '',
      active: rule?.active ?? true,
      ...seed,
    }),
    toInput: (values: FormValues): RoutingRuleInput => {
      const form = new FormReader(values);
      return {
        categoryId: form.optionalId('categoryId'),
        locationId: form.optionalId('locationId'),
        priority: form.number('priority'),
        target: form.text('targetKind') === 'contractor' ? { kind: 'contractor', contractorId: form.number('contractorId') } : { kind: 'positions', positionIds: form.ids('positionIds') },
        description: form.optionalText('description'),
        active: form.flag('active'),
      };
    },
  };

  constructor() {
    for (const store of [this.categories, this.locations, this.positions, this.contractors]) void store.load();
  }

  protected targetName(rule: RoutingRule): string {
    const language = this.i18n.language();
    if (rule.target.kind === 'contractor') {
      const contractor = this.contractors.byId().get(rule.target.contractorId);
      return this.i18n.translate('admin.routing.toContractor', { name: contractor ? localName(contractor, language) : `#${rule.target.contractorId}` });
    }
    const positions = this.positions.byId();
    return rule.target.positionIds.map((id) => { const position = positions.get(id); return position ? localName(position, language) : `#${id}`; }).join('، ');
  }

  protected setTest(which: 'category' | 'location', event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    (which === 'category' ? this.testCategory : this.testLocation).set(value === '' ? null : Number(value));
  }
}
