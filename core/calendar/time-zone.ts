/** Iran Standard Time; Iran has kept UTC+03:30 all year since it abolished daylight saving in 2022. */
export const DEFAULT_TIME_ZONE = 'Asia/Tehran';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A Gregorian, 24-hour, Latin-digit formatter for an IANA time zone. Formatters are costly to build
 * and immutable, so one per zone is kept for the life of the process.
 */
export function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '') return false;
  try {
    wallClockFormatter(timeZone);
    return true;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}
