import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { OrgUnit, OrgUnitInput } from '../../../contract/admin/org-unit';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { FieldError } from '../../shared/field-problems/field-error';
import { problemsOfField } from '../../shared/field-problems/problems-of-field';
import { SaveError } from '../../shared/field-problems/save-error';
import { AdminDirectory } from '../admin-data/admin-directory';
import { blankToNull } from '../admin-data/blank-to-null';
import { indentedOptions } from '../admin-data/indented-options';
import { SaveState } from '../admin-data/save-state';
import { ConfirmButton } from '../confirm-button/confirm-button';

const FIELDS = ['nameFa', 'nameEn', 'code', 'parentId', 'active'];

/** Creates or edits an org unit: names, code, the unit above it (the server refuses a cycle), active. */
@Component({
  selector: 'pk-unit-editor',
  imports: [ReactiveFormsModule, TranslatePipe, FieldError, SaveError, ConfirmButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './unit-editor.html',
})
export class UnitEditor {
  /** The unit to edit; `null` to create one under `parentId`. */
  readonly unit = input<OrgUnit | null>(null);
  readonly parentId = input<number | null>(null);
  readonly saved = output<number>();
  readonly removed = output<void>();
  readonly cancelled = output<void>();

  private readonly directory = inject(AdminDirectory);
  private readonly i18n = inject(I18n);
  protected readonly state = new SaveState();
  protected readonly fields = FIELDS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    nameFa: '',
    nameEn: '',
    code: '',
    parentId: '' as string,
    active: true,
  });
  protected readonly parentOptions = computed(() => indentedOptions(this.directory.units.items(), this.i18n.language(), this.unit()?.id ?? null));

  constructor() {
    effect(() => {
      const unit = this.unit();
      const parentId = this.parentId();
      untracked(() => {
        this.state.reset();
        this.form.reset({
          nameFa: unit?.nameFa ?? '',
          nameEn: unit?.nameEn ?? '',
          code: unit?.code ?? '',
          parentId: String((unit ? unit.parentId : parentId) ?? ''),
          active: unit?.active ?? true,
        });
      });
    });
  }

  protected invalid(field: string): true | null {
    return problemsOfField(this.state.error(), field).length > 0 ? true : null;
  }

  protected async save(): Promise<void> {
    const value = this.form.getRawValue();
    const input: OrgUnitInput = {
      nameFa: value.nameFa.trim(),
      nameEn: value.nameEn.trim(),
      code: blankToNull(value.code),
      parentId: value.parentId === '' ? null : Number(value.parentId),
      active: value.active,
    };
    const saved = await this.state.run(() => this.directory.units.save(this.unit()?.id ?? null, input));
    if (saved) this.saved.emit(saved.id);
  }

  protected async remove(): Promise<void> {
    const unit = this.unit();
    if (unit === null) return;
    const result = await this.state.run(() => this.directory.units.remove(unit.id).then(() => true), null);
    if (result) this.removed.emit();
  }
}
