import { InjectionToken } from '@angular/core';
import type { Chart } from 'chart.js';

/** The chart.js constructor, loaded on first use: the library stays out of every bundle but the one that draws. */
export type ChartConstructor = typeof Chart;

let loading: Promise<ChartConstructor> | null = null;

/** Loads chart.js with only what our charts use (bars, lines, doughnuts, two scales, legend, tooltip). */
export function loadChartJs(): Promise<ChartConstructor> {
  loading ??= import('chart.js').then((module) => {
    module.Chart.register(
      module.BarController,
      module.BarElement,
      module.LineController,
      module.LineElement,
      module.PointElement,
      module.DoughnutController,
      module.ArcElement,
      module.CategoryScale,
      module.LinearScale,
      module.Legend,
      module.Tooltip,
    );
    return module.Chart;
  });
  return loading;
}

/** How charts get chart.js; unit tests, where jsdom has no canvas, provide a stand-in. */
export const CHART_JS = new InjectionToken<() => Promise<ChartConstructor>>('CHART_JS', { providedIn: 'root', factory: () => loadChartJs });
