/** One series of a chart: its name, a value per label, and its colour (or a colour per value). */
export interface ChartSeries {
  readonly label: string;
  readonly values: readonly (number | null)[];
  readonly color?: string;
  /** A colour per value (a doughnut's slices, bars coloured by priority). */
  readonly colors?: readonly string[];
}

/**
 * What to draw, independent of the charting library: a line over time, vertical or horizontal bars,
 * or a doughnut. `format` says how values read (counts, or ratios shown as percentages).
 */
export interface ChartSpec {
  readonly kind: 'line' | 'bar' | 'horizontalBar' | 'doughnut';
  readonly labels: readonly string[];
  readonly series: readonly ChartSeries[];
  readonly format?: 'count' | 'percent';
}

/** Colours for series without their own: the app's teal, then hues that stay apart for colour-blind readers. */
export const CHART_PALETTE = ['#0f6b7a', '#c2410c', '#6d28d9', '#15803d', '#b45309', '#be123c', '#1d4ed8', '#4d7c0f'] as const;
