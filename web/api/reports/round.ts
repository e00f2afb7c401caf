/** A measure rounded to `digits` decimals for display and export; null stays null. */
export function round(value: number | null, digits: number): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Minutes to one decimal. */
export const minutes = (value: number | null) => round(value, 1);
/** A ratio (0–1) to four decimals: a percentage to two. */
export const share = (value: number | null) => round(value, 4);
/** An average score to two decimals. */
export const score = (value: number | null) => round(value, 2);
