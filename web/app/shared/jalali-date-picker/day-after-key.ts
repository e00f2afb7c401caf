import { weekdayOf, type DayNumber, type Weekday } from '../calendar/calendar-date';
import { addMonths, type CalendarSystem } from '../calendar/calendar-system';

export interface GridLayout {
  readonly calendar: CalendarSystem;
  readonly direction: 'rtl' | 'ltr';
  readonly firstDayOfWeek: Weekday;
}

/**
 * The day a key moves the grid's focus to, following the WAI-ARIA date picker pattern, or `null`
 * for a key the grid does not handle. In a right-to-left grid the left arrow goes to the next day.
 */
export function dayAfterKey(key: string, shiftKey: boolean, day: DayNumber, layout: GridLayout): DayNumber | null {
  const forward = layout.direction === 'rtl' ? -1 : 1;
  const column = (weekdayOf(day) - layout.firstDayOfWeek + 7) % 7;
  switch (key) {
    case 'ArrowRight':
      return day + forward;
    case 'ArrowLeft':
      return day - forward;
    case 'ArrowUp':
      return day - 7;
    case 'ArrowDown':
      return day + 7;
    case 'PageUp':
      return addMonths(layout.calendar, day, shiftKey ? -12 : -1);
    case 'PageDown':
      return addMonths(layout.calendar, day, shiftKey ? 12 : 1);
    case 'Home':
      return day - column;
    case 'End':
      return day + 6 - column;
    default:
      return null;
  }
}
