import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import type { SlaTarget, SlaTargetInput, SlaTargetsInput } from '../../../contract/admin/sla-target';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { ApiErrorMessage } from '../../shared/api-error-message/api-error-message';
import { FieldError } from '../../shared/field-problems/field-error';
import { problemsOfField } from '../../shared/field-problems/problems-of-field';
import { SaveError } from '../../shared/field-problems/save-error';
import { Icon } from '../../shared/icon/icon';
import { localName } from '../../shared/local-name/local-name';
import { AdminDirectory } from '../admin-data/admin-directory';
import { AdminDocument } from '../admin-data/admin-document';
import { SaveState } from '../admin-data/save-state';
import { treeOptions } from '../admin-data/tree-options';

/** A row as the table edits it: selects and number fields hold text. */
interface TargetRow {
  readonly key: number;
  readonly categoryId: string;
  readonly priorityCode: string;
  readonly responseMinutes: string;
  readonly resolutionMinutes: string;
}

let nextKey = 0;
const toRow = (target: SlaTargetInput): TargetRow => ({
  key: nextKey++,
  categoryId: target.categoryId === null ? '' : String(target.categoryId),
  priorityCode: target.priorityCode ?? '',
  responseMinutes: String(target.responseMinutes),
  resolutionMinutes: String(target.resolutionMinutes),
});
const minutes = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.replace(/[۰-۹]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))));

/**
 * The SLA table: response and resolution targets in business minutes per category and priority
 * (either may be "any"), saved as a whole since the server checks it as a whole (a default per priority).
 */
@Component({
  selector: 'pk-sla-page',
  imports: [ApiErrorMessage, SaveError, FieldError, Icon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sla-page.html',
})
export class SlaPage {
  private readonly directory = inject(AdminDirectory);
  private readonly i18n = inject(I18n);
  protected readonly document = new AdminDocument<SlaTarget[], SlaTargetsInput>('sla-targets');
  protected readonly state = new SaveState();
  protected readonly rows = signal<TargetRow[]>([]);
  protected readonly categoryOptions = computed(() => treeOptions(this.directory.categories.items(), this.i18n.language()));
  protected readonly priorityOptions = computed(() => this.directory.priorities.items().map((priority) => ({ value: priority.code, label: localName(priority, this.i18n.language()) })));

  constructor() {
    void this.document.load();
    void this.directory.categories.load();
    void this.directory.priorities.load();
    effect(() => {
      const targets = this.document.value();
      if (targets !== null) untracked(() => this.rows.set(targets.map(toRow)));
    });
  }

  protected field(index: number, name?: keyof SlaTargetInput): string {
    return name === undefined ? `targets[${index}]` : `targets[${index}].${name}`;
  }

  protected invalid(index: number, name: keyof SlaTargetInput): true | null {
    return problemsOfField(this.state.error(), this.field(index, name)).length > 0 ? true : null;
  }

  protected set(key: number, name: Exclude<keyof TargetRow, 'key'>, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    this.rows.update((rows) => rows.map((row) => (row.key === key ? { ...row, [name]: value } : row)));
  }

  protected add(): void {
    this.rows.update((rows) => [...rows, toRow({ categoryId: null, priorityCode: null, responseMinutes: 60, resolutionMinutes: 480 })]);
  }

  protected remove(key: number): void {
    this.rows.update((rows) => rows.filter((row) => row.key !== key));
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const targets: SlaTargetInput[] = this.rows().map((row) => ({
      categoryId: row.categoryId === '' ? null : Number(row.categoryId),
      priorityCode: row.priorityCode === '' ? null : row.priorityCode,
      responseMinutes: minutes(row.responseMinutes),
      resolutionMinutes: minutes(row.resolutionMinutes),
    }));
    await this.state.run(() => this.document.replace({ targets }));
  }
}
