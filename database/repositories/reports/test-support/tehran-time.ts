/** Saturday 3 January 2026 (13 Dey 1404), the first day of the fixture's week. */
const FIRST_DAY_UTC = Date.UTC(2026, 0, 3);
/** Tehran is UTC+03:30 all year. */
const TEHRAN_OFFSET_MS = 210 * 60_000;

/** `hour:minute` on Tehran's clock, `day` days after Saturday 3 January 2026 (negative: before). */
export function tehran(day: number, hour = 0, minute = 0, second = 0): Date {
  return new Date(FIRST_DAY_UTC + day * 86_400_000 + ((hour * 60 + minute) * 60 + second) * 1000 - TEHRAN_OFFSET_MS);
}
