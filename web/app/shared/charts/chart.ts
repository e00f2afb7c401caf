import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, afterNextRender, effect, inject, input, signal, viewChild } from '@angular/core';
import type { Chart } from 'chart.js';
import { I18n } from '../../core/i18n/i18n';
import { chartConfig } from './chart-config';
import type { ChartSpec } from './chart-spec';
import { CHART_JS, type ChartConstructor } from './load-chart-js';

/**
 * A chart drawn with chart.js, which is loaded the first time a chart is shown. The canvas is an
 * image named by `label`; pages give every chart a table with the same data beside it, for readers
 * who cannot see it. Redrawn when the data or the language (and so the direction) changes.
 */
@Component({
  selector: 'pk-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="frame" [attr.aria-busy]="!ready()">
      <canvas #canvas role="img" [attr.aria-label]="label()"></canvas>
    </div>
  `,
  styles: `
    :host { display: block; }
    .frame { position: relative; block-size: var(--pk-chart-height, 17rem); }
  `,
})
export class ChartView {
  private readonly i18n = inject(I18n);
  private readonly load = inject(CHART_JS);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');

  readonly spec = input.required<ChartSpec>();
  readonly label = input.required<string>();

  private readonly constructorLoaded = signal<ChartConstructor | null>(null);
  protected readonly ready = signal(false);
  private chart: Chart | null = null;

  constructor() {
    afterNextRender(() => {
      void this.load().then((ChartClass) => this.constructorLoaded.set(ChartClass));
    });
    effect(() => {
      const ChartClass = this.constructorLoaded();
      const spec = this.spec();
      if (ChartClass === null) return;
      this.chart?.destroy();
      const format = spec.format === 'percent' ? { style: 'percent', maximumFractionDigits: 0 } : { maximumFractionDigits: 1 };
      this.chart = new ChartClass(
        this.canvas().nativeElement,
        chartConfig(spec, {
          rtl: this.i18n.info().direction === 'rtl',
          fontFamily: getComputedStyle(this.host.nativeElement).fontFamily,
          formatValue: (value) => this.i18n.formatNumber(value, format as Intl.NumberFormatOptions),
        }),
      );
      this.ready.set(true);
    });
    inject(DestroyRef).onDestroy(() => this.chart?.destroy());
  }
}
