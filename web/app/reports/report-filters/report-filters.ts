import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { catchError, of } from 'rxjs';
import { DISPLAY_TIME_ZONE } from '../../core/i18n/display-time-zone';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Clock } from '../../core/time/clock';
import { dayNumberAt } from '../../shared/calendar/today';
import { JalaliDatePicker } from '../../shared/jalali-date-picker/jalali-date-picker';
import { ReportApi } from '../report-api';
import type { ReportFilterValue } from '../report-filter-value';
import { RANGE_PRESETS, isValidRange, presetRange, type RangePreset } from '../report-range';
import { treeOptions } from './tree-options';

const INDENT = '\u00a0\u00a0\u00a0';

/**
 * The filters of a report: a Jalali (or, in English, Gregorian) range of days with presets, and
 * optionally the requester's unit and a category. Emits the filters when the form is submitted.
 */
@Component({
  selector: 'pk-report-filters',
  imports: [ReactiveFormsModule, JalaliDatePicker, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './report-filters.html',
  styleUrl: './report-filters.css',
})
export class ReportFilters {
  private readonly i18n = inject(I18n);
  private readonly clock = inject(Clock);

  readonly value = input.required<ReportFilterValue>();
  /** Whether the unit and category filters apply to this report. */
  readonly scoped = input(true);
  readonly busy = input(false);
  readonly applied = output<ReportFilterValue>();

  protected readonly presets = RANGE_PRESETS.map((preset) => ({ preset, label: `reports.preset.${preset}` as const }));
  protected readonly form = new FormGroup({
    preset: new FormControl<RangePreset | ''>('', { nonNullable: true }),
    fromDay: new FormControl<string | null>(null),
    toDay: new FormControl<string | null>(null),
    unitId: new FormControl<string>('', { nonNullable: true }),
    categoryId: new FormControl<string>('', { nonNullable: true }),
  });
  protected readonly rangeProblem = signal(false);

  private readonly options = toSignal(inject(ReportApi).options().pipe(catchError(() => of(null))), { initialValue: null });
  protected readonly units = computed(() => this.named(treeOptions(this.options()?.units ?? [])));
  protected readonly categories = computed(() => this.named(treeOptions(this.options()?.categories ?? [])));

  constructor() {
    // The form shows the filters the page applies (from the address), whenever they change.
    effect(() => {
      const value = this.value();
      this.form.setValue(
        { preset: '', fromDay: value.range.fromDay, toDay: value.range.toDay, unitId: value.unitId === null ? '' : String(value.unitId), categoryId: value.categoryId === null ? '' : String(value.categoryId) },
        { emitEvent: false },
      );
      this.rangeProblem.set(false);
    });
  }

  protected choosePreset(): void {
    const preset = this.form.controls.preset.value;
    if (preset === '') return;
    const range = presetRange(preset, dayNumberAt(new Date(this.clock.now()), DISPLAY_TIME_ZONE), this.i18n.language());
    this.form.patchValue({ fromDay: range.fromDay, toDay: range.toDay });
  }

  /** Typing a date makes the range a custom one. */
  protected clearPreset(): void {
    this.form.controls.preset.setValue('', { emitEvent: false });
  }

  protected applyFilters(): void {
    const { fromDay, toDay, unitId, categoryId } = this.form.getRawValue();
    const range = { fromDay: fromDay ?? undefined, toDay: toDay ?? undefined };
    if (this.form.controls.fromDay.invalid || this.form.controls.toDay.invalid || !isValidRange(range)) {
      this.rangeProblem.set(true);
      return;
    }
    this.rangeProblem.set(false);
    this.applied.emit({ range, unitId: unitId === '' ? null : Number(unitId), categoryId: categoryId === '' ? null : Number(categoryId) });
  }

  private named(options: ReturnType<typeof treeOptions>) {
    const language = this.i18n.language();
    return options.map((option) => ({ id: String(option.id), label: INDENT.repeat(option.depth) + option.name[language] }));
  }
}
