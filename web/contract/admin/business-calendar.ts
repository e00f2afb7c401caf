export type WeekdayName = 'saturday' | 'sunday' | 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday';

/** `{ start: '08:00', end: '16:00' }`; `end` may be `24:00`. */
export interface WorkingInterval {
  readonly start: string;
  readonly end: string;
}

/** A Jalali date; without `year` it recurs every year. */
export interface HolidayInput {
  readonly year: number | null;
  readonly month: number;
  readonly day: number;
  readonly nameFa: string;
  readonly nameEn: string | null;
}

/** A one-off closure `[from, to)`, ISO instants. */
export interface ClosureInput {
  readonly from: string;
  readonly to: string;
  readonly reason: string | null;
}

/** GET/PUT /api/admin/calendar: working hours per weekday, time zone, holidays, closures. */
export interface BusinessCalendarInput {
  readonly timeZone: string;
  readonly week: Readonly<Partial<Record<WeekdayName, readonly WorkingInterval[]>>>;
  readonly holidays: readonly HolidayInput[];
  readonly closures: readonly ClosureInput[];
}

export type BusinessCalendar = BusinessCalendarInput;
