import type { WeekDefinition } from './business-calendar-definition.js';

export interface IranianWorkWeekOptions {
  /** Thursday is a half day (08:00–13:00) in most organizations, a day off in others. */
  readonly thursday?: 'halfDay' | 'off';
}

/** Saturday to Wednesday 08:00–16:00, Thursday a half day or off, Friday off. */
export function iranianWorkWeek(options: IranianWorkWeekOptions = {}): WeekDefinition {
  const fullDay = [{ start: '08:00', end: '16:00' }];
  return {
    saturday: fullDay,
    sunday: fullDay,
    monday: fullDay,
    tuesday: fullDay,
    wednesday: fullDay,
    thursday: (options.thursday ?? 'halfDay') === 'halfDay' ? [{ start: '08:00', end: '13:00' }] : [],
    friday: [],
  };
}
