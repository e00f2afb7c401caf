import type { BusinessCalendarDefinition, ClosureDefinition, HolidayDefinition } from './business-calendar-definition.js';
import { IRANIAN_SOLAR_HOLIDAYS } from './iranian-solar-holidays.js';
import { iranianWorkWeek, type IranianWorkWeekOptions } from './iranian-work-week.js';
import { DEFAULT_TIME_ZONE } from './time-zone.js';

export interface IranianCalendarOptions extends IranianWorkWeekOptions {
  /** The lunar holidays of the years in use, each with its `year`. */
  readonly lunarHolidays?: readonly HolidayDefinition[];
  readonly closures?: readonly ClosureDefinition[];
}

/** The usual Iranian office calendar: Tehran time, the Iranian work week and the solar holidays. */
export function iranianCalendarDefinition(options: IranianCalendarOptions = {}): BusinessCalendarDefinition {
  return {
    timeZone: DEFAULT_TIME_ZONE,
    week: iranianWorkWeek(options),
    holidays: [...IRANIAN_SOLAR_HOLIDAYS, ...(options.lunarHolidays ?? [])],
    closures: options.closures ?? [],
  };
}
