/**
 * Leap years of the Solar Hijri calendar, as Iran's calendar authority publishes them and as ICU
 * (hence `Intl` with `-u-ca-persian`) computes them.
 *
 * The calendar is astronomical: a year starts on the day of the March equinox at Tehran's meridian.
 * The 33-year arithmetic rule below reproduces it for 1178–1501 AP; after that the equinox drifts,
 * and the years in this table (Roozbeh Pournader's correction table, used by ICU and ICU4X) are not
 * leap although the rule says so; the leap day moves to the following year instead.
 */
const NON_LEAP_CORRECTIONS: ReadonlySet<number> = new Set([
  1502, 1601, 1634, 1667, 1700, 1733, 1766, 1799, 1832, 1865, 1898, 1931, 1964, 1997, 2030, 2059, 2063, 2096,
  2129, 2158, 2162, 2191, 2195, 2224, 2228, 2257, 2261, 2290, 2294, 2323, 2327, 2356, 2360, 2389, 2393, 2422,
  2426, 2455, 2459, 2488, 2492, 2521, 2525, 2554, 2558, 2587, 2591, 2620, 2624, 2653, 2657, 2686, 2690, 2719,
  2723, 2748, 2752, 2756, 2781, 2785, 2789, 2818, 2822, 2847, 2851, 2855, 2880, 2884, 2888, 2913, 2917, 2921,
  2946, 2950, 2954, 2979, 2983, 2987,
]);

function mod(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}

export function isJalaliLeapYear(year: number): boolean {
  if (NON_LEAP_CORRECTIONS.has(year)) return false;
  if (NON_LEAP_CORRECTIONS.has(year - 1)) return true;
  return mod(25 * year + 11, 33) < 8;
}

/** The day number (days since 1970-01-01) of 1 Farvardin of `year`. */
export function jalaliYearStart(year: number): number {
  // 1 Farvardin 1 AP is Julian day 1948321; the day number of the Unix epoch is Julian day 2440588.
  const arithmetic = 1948320 - 2440588 + 365 * (year - 1) + Math.floor((8 * year + 21) / 33);
  return NON_LEAP_CORRECTIONS.has(year - 1) ? arithmetic - 1 : arithmetic;
}
