import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { Position, PositionInput } from '../../../contract/admin/position';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { FieldError } from '../../shared/field-problems/field-error';
import { problemsOfField } from '../../shared/field-problems/problems-of-field';
import { SaveError } from '../../shared/field-problems/save-error';
import { localName } from '../../shared/local-name/local-name';
import { AdminDirectory } from '../admin-data/admin-directory';
import { blankToNull } from '../admin-data/blank-to-null';
import { indentedOptions } from '../admin-data/indented-options';
import { SaveState } from '../admin-data/save-state';
import { ConfirmButton } from '../confirm-button/confirm-button';
import { PersonNames } from '../people/person-names';

const FIELDS = ['titleFa', 'titleEn', 'code', 'unitId', 'parentId', 'active'];

/**
 * Creates or edits a position: titles, code, its unit, and the position its tickets escalate to
 * (the server refuses a cycle, which would escalate forever). Shows the escalation path and who holds it.
 */
@Component({
  selector: 'pk-position-editor',
  imports: [ReactiveFormsModule, TranslatePipe, FieldError, SaveError, ConfirmButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './position-editor.html',
})
export class PositionEditor {
  /** The position to edit; `null` to create one in `unitId`. */
  readonly position = input<Position | null>(null);
  readonly unitId = input<number | null>(null);
  readonly saved = output<number>();
  readonly removed = output<void>();
  readonly cancelled = output<void>();

  private readonly directory = inject(AdminDirectory);
  private readonly people = inject(PersonNames);
  private readonly i18n = inject(I18n);
  protected readonly state = new SaveState();
  protected readonly fields = FIELDS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    titleFa: '',
    titleEn: '',
    code: '',
    unitId: '',
    parentId: '',
    active: true,
  });
  protected readonly unitOptions = computed(() => indentedOptions(this.directory.units.items(), this.i18n.language()));
  protected readonly parentOptions = computed(() => indentedOptions(this.directory.positions.items(), this.i18n.language(), this.position()?.id ?? null));

  /** Where this position's overdue tickets go, nearest first. */
  protected readonly escalation = computed(() => {
    const positions = this.directory.positions.byId();
    const language = this.i18n.language();
    return (this.position()?.escalationPath ?? []).map((id) => {
      const position = positions.get(id);
      return position ? localName(position, language) : `#${id}`;
    });
  });
  protected readonly holders = computed(() => {
    const names = this.people.byId();
    const english = this.i18n.language() === 'en';
    return (this.position()?.holderPersonIds ?? []).map((id) => {
      const person = names.get(id);
      return person ? (english && person.fullNameEn ? person.fullNameEn : person.fullName) : '…';
    });
  });

  constructor() {
    effect(() => {
      const position = this.position();
      const unitId = this.unitId();
      untracked(() => {
        this.state.reset();
        this.form.reset({
          titleFa: position?.titleFa ?? '',
          titleEn: position?.titleEn ?? '',
          code: position?.code ?? '',
          unitId: String((position ? position.unitId : unitId) ?? ''),
          parentId: String(position?.parentId ?? ''),
          active: position?.active ?? true,
        });
        if (position) void this.people.load(position.holderPersonIds);
      });
    });
  }

  protected invalid(field: string): true | null {
    return problemsOfField(this.state.error(), field).length > 0 ? true : null;
  }

  protected async save(): Promise<void> {
    const value = this.form.getRawValue();
    const input: PositionInput = {
      titleFa: value.titleFa.trim(),
      titleEn: value.titleEn.trim(),
      code: blankToNull(value.code),
      unitId: Number(value.unitId),
      parentId: value.parentId === '' ? null : Number(value.parentId),
      active: value.active,
    };
    const saved = await this.state.run(() => this.directory.positions.save(this.position()?.id ?? null, input));
    if (saved) this.saved.emit(saved.id);
  }

  protected async remove(): Promise<void> {
    const position = this.position();
    if (position === null) return;
    const result = await this.state.run(() => this.directory.positions.remove(position.id).then(() => true), null);
    if (result) this.removed.emit();
  }
}
