/** Average, median and 90th percentile of some durations; null each when there are none. */
export interface DurationStats {
  readonly count: number;
  readonly average: number | null;
  readonly median: number | null;
  readonly p90: number | null;
}

/** The nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

export function durationStats(values: readonly number[]): DurationStats {
  if (values.length === 0) return { count: 0, average: null, median: null, p90: null };
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 === 1 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { count: sorted.length, average: sorted.reduce((sum, value) => sum + value, 0) / sorted.length, median, p90: percentile(sorted, 0.9) };
}

/** `part / whole`, or null when there is no whole. */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function average(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}
