import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, effect, forwardRef, inject, input, signal, viewChild } from '@angular/core';
import { CdkTrapFocus } from '@angular/cdk/a11y';
import { NG_VALIDATORS, NG_VALUE_ACCESSOR, type ControlValueAccessor, type ValidationErrors, type Validator } from '@angular/forms';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Clock } from '../../core/time/clock';
import { SATURDAY, type DayNumber, type Weekday } from '../calendar/calendar-date';
import { addMonths, startOfMonth } from '../calendar/calendar-system';
import { calendarForLanguage } from '../calendar/calendar-for-language';
import { dayNumberToIsoDate, isoDateToDayNumber, type IsoDate } from '../calendar/iso-date';
import { dayNumberAt } from '../calendar/today';
import { DISPLAY_TIME_ZONE } from '../../core/i18n/display-time-zone';
import { Icon } from '../icon/icon';
import { dayAfterKey } from './day-after-key';
import { formatDateText } from './format-date-text';
import { monthGrid, weekdayColumns } from './month-grid';
import { parseDateText, type DateTextProblem } from './parse-date-text';

/** What is wrong with the field: typed text that is no date, or a date outside `min`/`max`. */
export type DatePickerProblem = DateTextProblem | 'beforeMin' | 'afterMax';

const DAY_MS = 86_400_000;
let nextId = 0;

/**
 * A date field for reactive and template forms: type the date (Persian or Latin digits, Jalali or
 * Gregorian by its year) or pick it from a month grid, Jalali in Persian and Gregorian in English.
 * The form value is the Gregorian ISO date (`2026-11-23`) or `null`; `min` and `max` are ISO too.
 * Validation errors reach the form as `{ date: { problem } }`.
 */
@Component({
  selector: 'pk-jalali-date-picker',
  imports: [CdkTrapFocus, Icon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './jalali-date-picker.html',
  styleUrl: './jalali-date-picker.css',
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => JalaliDatePicker), multi: true },
    { provide: NG_VALIDATORS, useExisting: forwardRef(() => JalaliDatePicker), multi: true },
  ],
  host: { '(document:pointerdown)': 'closeOnPointerOutside($event)' },
})
export class JalaliDatePicker implements ControlValueAccessor, Validator {
  readonly label = input.required<string>();
  readonly min = input<IsoDate | null>(null);
  readonly max = input<IsoDate | null>(null);
  /** Saturday, the first day of the Iranian week, in both languages unless told otherwise. */
  readonly firstDayOfWeek = input<Weekday>(SATURDAY);

  private readonly i18n = inject(I18n);
  private readonly clock = inject(Clock);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly toggle = viewChild.required<ElementRef<HTMLButtonElement>>('toggle');

  protected readonly id = `pk-date-picker-${nextId++}`;
  private readonly value = signal<DayNumber | null>(null);
  /** Text being typed, until it is committed (Enter or leaving the field). */
  private readonly draft = signal<string | null>(null);
  private readonly textProblem = signal<DateTextProblem | null>(null);
  private readonly touched = signal(false);
  protected readonly disabled = signal(false);
  protected readonly open = signal(false);
  protected readonly activeDay = signal<DayNumber>(0);

  private onChange: (value: IsoDate | null) => void = () => undefined;
  private onTouched: () => void = () => undefined;
  private onValidatorChange: () => void = () => undefined;

  private readonly calendar = computed(() => calendarForLanguage(this.i18n.language()));
  private readonly today = computed(() => dayNumberAt(new Date(this.clock.ticks()), DISPLAY_TIME_ZONE));
  private readonly minDay = computed(() => Math.max(this.calendar().firstDay, isoDateToDayNumber(this.min() ?? '') ?? -Infinity));
  private readonly maxDay = computed(() => Math.min(this.calendar().lastDay, isoDateToDayNumber(this.max() ?? '') ?? Infinity));

  protected readonly text = computed(() => {
    const value = this.value();
    return this.draft() ?? (value === null ? '' : formatDateText(value, this.i18n.language()));
  });
  protected readonly example = computed(() => formatDateText(this.today(), this.i18n.language()));

  private readonly problem = computed<DatePickerProblem | null>(() => {
    const value = this.value();
    if (this.textProblem()) return this.textProblem();
    if (value === null) return null;
    if (value < this.minDay()) return 'beforeMin';
    if (value > this.maxDay()) return 'afterMax';
    return null;
  });

  protected readonly errorMessage = computed(() => {
    const problem = this.touched() ? this.problem() : null;
    const language = this.i18n.language();
    switch (problem) {
      case null:
        return null;
      case 'format':
        return this.i18n.translate('datePicker.error.format', { example: this.example() });
      case 'nonexistent':
        return this.i18n.translate('datePicker.error.nonexistent');
      case 'unsupported':
        return this.i18n.translate('datePicker.error.unsupported', {
          first: formatDateText(this.calendar().firstDay, language),
          last: formatDateText(this.calendar().lastDay, language),
        });
      case 'beforeMin':
        return this.i18n.translate('datePicker.error.beforeMin', { min: formatDateText(this.minDay(), language) });
      case 'afterMax':
        return this.i18n.translate('datePicker.error.afterMax', { max: formatDateText(this.maxDay(), language) });
    }
  });

  protected readonly heading = computed(() => this.i18n.formatDate(startOfMonth(this.calendar(), this.activeDay()) * DAY_MS, 'monthYear', 'UTC'));

  protected readonly weekdays = computed(() => {
    // 1970-01-04 (day 3) was a Sunday: day 3 + n has weekday n.
    return weekdayColumns(this.firstDayOfWeek()).map((weekday) => {
      const instant = new Date((3 + weekday) * DAY_MS);
      // Persian calendars head their columns with one letter (ش ی د …); English ones with Sat, Sun, ….
      const short = this.weekdayName(instant, this.i18n.language() === 'fa' ? 'narrow' : 'short');
      return { weekday, short, long: this.weekdayName(instant, 'long') };
    });
  });

  protected readonly weeks = computed(() => {
    const [value, today, active, min, max] = [this.value(), this.today(), this.activeDay(), this.minDay(), this.maxDay()];
    return monthGrid(this.calendar(), active, this.firstDayOfWeek()).map((week) =>
      week.map((day) =>
        day === null
          ? null
          : {
              day,
              text: this.i18n.formatNumber(this.calendar().fromDayNumber(day).day),
              label: this.i18n.formatDate(day * DAY_MS, 'longDate', 'UTC'),
              selected: day === value,
              today: day === today,
              active: day === active,
              outOfRange: day < min || day > max,
            },
      ),
    );
  });

  protected readonly canShowPreviousMonth = computed(() => startOfMonth(this.calendar(), this.activeDay()) > this.minDay());
  protected readonly canShowNextMonth = computed(() => startOfMonth(this.calendar(), addMonths(this.calendar(), this.activeDay(), 1)) <= this.maxDay());
  protected readonly canChooseToday = computed(() => this.today() >= this.minDay() && this.today() <= this.maxDay());

  constructor() {
    effect(() => {
      // The form re-validates when the allowed range changes.
      this.minDay();
      this.maxDay();
      this.onValidatorChange();
    });
  }

  writeValue(value: IsoDate | null): void {
    this.value.set(value ? isoDateToDayNumber(value) : null);
    this.draft.set(null);
    this.textProblem.set(null);
  }

  registerOnChange(onChange: (value: IsoDate | null) => void): void {
    this.onChange = onChange;
  }

  registerOnTouched(onTouched: () => void): void {
    this.onTouched = onTouched;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
    if (disabled) this.open.set(false);
  }

  validate(): ValidationErrors | null {
    const problem = this.problem();
    return problem ? { date: { problem } } : null;
  }

  registerOnValidatorChange(onValidatorChange: () => void): void {
    this.onValidatorChange = onValidatorChange;
  }

  protected editText(event: Event): void {
    this.draft.set((event.target as HTMLInputElement).value);
  }

  /** Accepts what was typed, or keeps it with a message saying what is wrong. */
  protected commitText(): void {
    const draft = this.draft();
    if (draft !== null) {
      if (draft.trim() === '') {
        this.textProblem.set(null);
        this.draft.set(null);
        this.setValue(null);
      } else {
        const parsed = parseDateText(draft);
        this.textProblem.set(parsed.ok ? null : parsed.problem);
        if (parsed.ok) this.draft.set(null);
        this.setValue(parsed.ok ? parsed.dayNumber : null);
      }
    }
    this.markTouched();
  }

  protected toggleCalendar(): void {
    if (this.open()) this.closeCalendar();
    else this.openCalendar();
  }

  protected openCalendar(): void {
    if (this.disabled()) return;
    this.activeDay.set(this.clamp(this.value() ?? this.today()));
    this.open.set(true);
    this.focusActiveDay();
  }

  protected closeCalendar(): void {
    this.open.set(false);
    this.toggle().nativeElement.focus();
  }

  protected closeOnPointerOutside(event: PointerEvent): void {
    if (this.open() && !this.host.nativeElement.contains(event.target as Node)) this.open.set(false);
  }

  protected showMonth(months: number): void {
    this.activeDay.set(this.clamp(addMonths(this.calendar(), this.activeDay(), months)));
  }

  protected moveThroughGrid(event: KeyboardEvent): void {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.chooseDay(this.activeDay());
      return;
    }
    const layout = { calendar: this.calendar(), direction: this.i18n.info().direction, firstDayOfWeek: this.firstDayOfWeek() };
    const next = dayAfterKey(event.key, event.shiftKey, this.activeDay(), layout);
    if (next === null) return;
    event.preventDefault();
    this.activeDay.set(this.clamp(next));
    this.focusActiveDay();
  }

  protected chooseDay(day: DayNumber): void {
    if (day < this.minDay() || day > this.maxDay()) return;
    this.draft.set(null);
    this.textProblem.set(null);
    this.setValue(day);
    this.markTouched();
    this.closeCalendar();
  }

  protected chooseToday(): void {
    this.chooseDay(this.today());
  }

  private setValue(day: DayNumber | null): void {
    this.value.set(day);
    this.onChange(day === null ? null : dayNumberToIsoDate(day));
  }

  private markTouched(): void {
    this.touched.set(true);
    this.onTouched();
  }

  private clamp(day: DayNumber): DayNumber {
    return Math.min(Math.max(day, this.minDay()), this.maxDay());
  }

  private focusActiveDay(): void {
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLElement>(`[data-day="${this.activeDay()}"]`)?.focus(),
      { injector: this.injector },
    );
  }

  private weekdayName(instant: Date, width: 'narrow' | 'short' | 'long'): string {
    return new Intl.DateTimeFormat(this.i18n.info().dateLocale, { weekday: width, timeZone: 'UTC' }).format(instant);
  }
}

