import type { ChartConfiguration } from 'chart.js';
import { CHART_PALETTE, type ChartSpec } from './chart-spec';

export interface ChartLocale {
  readonly rtl: boolean;
  readonly fontFamily: string;
  /** A value as the reader's language writes it (digits, percent sign). */
  formatValue(value: number): string;
}

/**
 * The chart.js configuration of a spec for a reader: in right-to-left languages the category axis
 * runs from the right, the value axis stands on the right, and legends and tooltips read right to
 * left; numbers are written in the reader's digits. No animation: charts appear at once and stay
 * still for people who are sensitive to motion.
 */
export function chartConfig(spec: ChartSpec, locale: ChartLocale): ChartConfiguration {
  const { rtl } = locale;
  const font = { family: locale.fontFamily, size: 13 };
  const datasets = spec.series.map((series, index) => {
    const color = series.color ?? CHART_PALETTE[index % CHART_PALETTE.length]!;
    const colors = series.colors ?? (spec.kind === 'doughnut' ? spec.labels.map((_, i) => CHART_PALETTE[i % CHART_PALETTE.length]!) : undefined);
    return {
      label: series.label,
      data: [...series.values],
      backgroundColor: colors ? [...colors] : spec.kind === 'line' ? `${color}33` : color,
      borderColor: spec.kind === 'doughnut' ? '#ffffff' : colors ? [...colors] : color,
      borderWidth: spec.kind === 'line' ? 2 : 1,
      pointRadius: spec.kind === 'line' ? 3 : undefined,
      tension: 0.25,
      fill: false,
    };
  });
  const valueTicks = { font, precision: spec.format === 'percent' ? undefined : 0, callback: (value: string | number) => locale.formatValue(Number(value)) };
  const categoryTicks = { font, autoSkip: true, maxRotation: 0 };
  const horizontal = spec.kind === 'horizontalBar';
  const scales =
    spec.kind === 'doughnut'
      ? {}
      : horizontal
        ? {
            x: { reverse: rtl, beginAtZero: true, ticks: valueTicks, ...(spec.format === 'percent' ? { max: 1 } : {}) },
            y: { position: rtl ? ('right' as const) : ('left' as const), ticks: categoryTicks },
          }
        : {
            x: { reverse: rtl, ticks: categoryTicks },
            y: { position: rtl ? ('right' as const) : ('left' as const), beginAtZero: true, ticks: valueTicks, ...(spec.format === 'percent' ? { max: 1 } : {}) },
          };
  return {
    type: spec.kind === 'horizontalBar' ? 'bar' : spec.kind,
    data: { labels: [...spec.labels], datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      indexAxis: horizontal ? 'y' : 'x',
      font,
      scales,
      plugins: {
        legend: { display: spec.series.length > 1 || spec.kind === 'doughnut', position: 'top', align: 'start', rtl, textDirection: rtl ? 'rtl' : 'ltr', labels: { font } },
        tooltip: {
          rtl,
          textDirection: rtl ? 'rtl' : 'ltr',
          bodyFont: font,
          titleFont: font,
          callbacks: {
            label: (item) => {
              const raw = item.raw;
              const value = typeof raw === 'number' ? locale.formatValue(raw) : '—';
              return spec.kind === 'doughnut' ? ` ${item.label}: ${value}` : ` ${item.dataset.label ?? ''}: ${value}`;
            },
          },
        },
      },
    },
  } as ChartConfiguration;
}
