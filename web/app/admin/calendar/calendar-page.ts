import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { BusinessCalendar, BusinessCalendarInput, WeekdayName, WorkingInterval } from '../../../contract/admin/business-calendar';
import { I18n } from '../../core/i18n/i18n';
import type { MessageId } from '../../core/i18n/message-id';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Clock } from '../../core/time/clock';
import { ApiErrorMessage } from '../../shared/api-error-message/api-error-message';
import type { IsoDate } from '../../shared/calendar/iso-date';
import { FieldError } from '../../shared/field-problems/field-error';
import { SaveError } from '../../shared/field-problems/save-error';
import { Icon } from '../../shared/icon/icon';
import { JalaliDatePicker } from '../../shared/jalali-date-picker/jalali-date-picker';
import { AdminDocument } from '../admin-data/admin-document';
import { SaveState } from '../admin-data/save-state';
import { closureDays, endOfClosure, holidayIsoDate, jalaliOf, jalaliYearAt, startOfTehranDay } from './calendar-days';

const WEEKDAYS: readonly WeekdayName[] = ['saturday', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
const WEEKDAY_LABELS: Readonly<Record<WeekdayName, MessageId>> = {
  saturday: 'admin.calendar.saturday',
  sunday: 'admin.calendar.sunday',
  monday: 'admin.calendar.monday',
  tuesday: 'admin.calendar.tuesday',
  wednesday: 'admin.calendar.wednesday',
  thursday: 'admin.calendar.thursday',
  friday: 'admin.calendar.friday',
};

interface IntervalRow extends WorkingInterval {
  readonly key: number;
}
interface HolidayRow {
  readonly key: number;
  readonly date: IsoDate | null;
  readonly yearly: boolean;
  readonly nameFa: string;
  readonly nameEn: string;
}
interface ClosureRow {
  readonly key: number;
  readonly first: IsoDate | null;
  readonly last: IsoDate | null;
  readonly reason: string;
}
type Week = Readonly<Record<WeekdayName, readonly IntervalRow[]>>;

let nextKey = 0;

/**
 * The business calendar SLA clocks run on: working hours per weekday, Jalali holidays (once or
 * every year) and one-off closures, picked with the Jalali date picker; saved as a whole.
 */
@Component({
  selector: 'pk-calendar-page',
  imports: [FormsModule, JalaliDatePicker, ApiErrorMessage, SaveError, FieldError, Icon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './calendar-page.html',
})
export class CalendarPage {
  private readonly i18n = inject(I18n);
  private readonly clock = inject(Clock);
  protected readonly document = new AdminDocument<BusinessCalendar, BusinessCalendarInput>('calendar');
  protected readonly state = new SaveState();
  protected readonly weekdays = WEEKDAYS;
  protected readonly weekdayLabels = WEEKDAY_LABELS;
  protected readonly timeZone = signal('Asia/Tehran');
  protected readonly week = signal<Week>(Object.fromEntries(WEEKDAYS.map((day) => [day, []])) as unknown as Week);
  protected readonly holidays = signal<readonly HolidayRow[]>([]);
  protected readonly closures = signal<readonly ClosureRow[]>([]);
  private readonly thisYear = computed(() => jalaliYearAt(new Date(this.clock.ticks()), 'Asia/Tehran'));

  constructor() {
    void this.document.load();
    effect(() => {
      const calendar = this.document.value();
      if (calendar !== null) untracked(() => this.show(calendar));
    });
  }

  private show(calendar: BusinessCalendar): void {
    this.timeZone.set(calendar.timeZone);
    this.week.set(Object.fromEntries(WEEKDAYS.map((day) => [day, (calendar.week[day] ?? []).map((interval) => ({ key: nextKey++, ...interval }))])) as unknown as Week);
    this.holidays.set(
      calendar.holidays.map((holiday) => ({ key: nextKey++, date: holidayIsoDate(holiday, this.thisYear()), yearly: holiday.year === null, nameFa: holiday.nameFa, nameEn: holiday.nameEn ?? '' })),
    );
    this.closures.set(calendar.closures.map((closure) => ({ key: nextKey++, ...closureDays(closure.from, closure.to, calendar.timeZone), reason: closure.reason ?? '' })));
  }

  protected text(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected addInterval(day: WeekdayName): void {
    this.week.update((week) => ({ ...week, [day]: [...week[day], { key: nextKey++, start: '08:00', end: '16:00' }] }));
  }

  protected setInterval(day: WeekdayName, key: number, end: 'start' | 'end', value: string): void {
    this.week.update((week) => ({ ...week, [day]: week[day].map((interval) => (interval.key === key ? { ...interval, [end]: value } : interval)) }));
  }

  protected removeInterval(day: WeekdayName, key: number): void {
    this.week.update((week) => ({ ...week, [day]: week[day].filter((interval) => interval.key !== key) }));
  }

  protected addHoliday(): void {
    this.holidays.update((rows) => [...rows, { key: nextKey++, date: null, yearly: false, nameFa: '', nameEn: '' }]);
  }

  protected setHoliday<K extends keyof HolidayRow>(key: number, field: K, value: HolidayRow[K]): void {
    this.holidays.update((rows) => rows.map((row) => (row.key === key ? { ...row, [field]: value } : row)));
  }

  protected removeHoliday(key: number): void {
    this.holidays.update((rows) => rows.filter((row) => row.key !== key));
  }

  protected addClosure(): void {
    this.closures.update((rows) => [...rows, { key: nextKey++, first: null, last: null, reason: '' }]);
  }

  protected setClosure<K extends keyof ClosureRow>(key: number, field: K, value: ClosureRow[K]): void {
    this.closures.update((rows) => rows.map((row) => (row.key === key ? { ...row, [field]: value } : row)));
  }

  protected removeClosure(key: number): void {
    this.closures.update((rows) => rows.filter((row) => row.key !== key));
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const input: BusinessCalendarInput = {
      timeZone: this.timeZone().trim(),
      week: Object.fromEntries(WEEKDAYS.map((day) => [day, this.week()[day].map(({ start, end }) => ({ start: start.trim(), end: end.trim() }))])),
      holidays: this.holidays().map((row) => {
        // A holiday without a date is sent as day 0, which the server refuses for that row.
        const date = jalaliOf(row.date) ?? { year: this.thisYear(), month: 1, day: 0 };
        return { year: row.yearly ? null : date.year, month: date.month, day: date.day, nameFa: row.nameFa.trim(), nameEn: row.nameEn.trim() === '' ? null : row.nameEn.trim() };
      }),
      closures: this.closures().map((row) => ({
        from: row.first === null ? '' : startOfTehranDay(row.first),
        to: row.last === null ? '' : endOfClosure(row.last),
        reason: row.reason.trim() === '' ? null : row.reason.trim(),
      })),
    };
    await this.state.run(() => this.document.replace(input));
  }

  protected readonly label = (id: MessageId, params?: Record<string, string | number>) => this.i18n.translate(id, params);
}
