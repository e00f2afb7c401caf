import { DestroyRef, Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, type ParamMap } from '@angular/router';
import type { Subscription } from 'rxjs';
import type { ReportId, ReportQuery, ReportResult } from '../../contract/reports';
import { DISPLAY_TIME_ZONE } from '../core/i18n/display-time-zone';
import { I18n } from '../core/i18n/i18n';
import { Clock } from '../core/time/clock';
import { dayNumberAt } from '../shared/calendar/today';
import { ReportApi } from './report-api';
import type { ReportFilterValue } from './report-filter-value';
import { isValidRange, presetRange, rangeInstants, type RangePreset } from './report-range';

export type ReportState =
  | { readonly kind: 'loading'; readonly previous: ReportResult | null }
  | { readonly kind: 'loaded'; readonly result: ReportResult }
  | { readonly kind: 'failed'; readonly error: unknown };

const positiveId = (text: string | null): number | null => {
  const value = Number(text);
  return text !== null && Number.isSafeInteger(value) && value > 0 ? value : null;
};

/**
 * One report page's data: the filters, kept in the address (`?from=2026-01-03&to=2026-01-09&unit=3&category=5`,
 * days on Tehran's calendar) so that a report can be reloaded, bookmarked and shared, and the report
 * for them, fetched again whenever they change. Provided by each report page.
 */
@Injectable()
export class ReportView {
  private readonly api = inject(ReportApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly clock = inject(Clock);
  private readonly i18n = inject(I18n);
  private readonly params = toSignal(this.route.queryParamMap, { initialValue: this.route.snapshot.queryParamMap });
  private readonly config = signal<{ report: ReportId; defaultPreset: RangePreset } | null>(null);
  private readonly current = signal<ReportState>({ kind: 'loading', previous: null });
  private readonly attempt = signal(0);
  private request: Subscription | null = null;

  readonly state = this.current.asReadonly();
  /** The last report received, kept on screen while a new one loads. */
  readonly result = computed(() => {
    const state = this.current();
    return state.kind === 'loaded' ? state.result : state.kind === 'loading' ? state.previous : null;
  });

  readonly filters = computed<ReportFilterValue>(() => this.filtersFrom(this.params()));

  readonly query = computed<ReportQuery>(() => {
    const { range, unitId, categoryId } = this.filters();
    return { ...rangeInstants(range, DISPLAY_TIME_ZONE), ...(unitId === null ? {} : { unitId }), ...(categoryId === null ? {} : { categoryId }) };
  });

  constructor() {
    effect(() => {
      const config = this.config();
      const query = this.query();
      this.attempt();
      if (config !== null) untracked(() => this.fetch(config.report, query));
    });
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  /** Which report the page shows, and the range it opens with when the address names none. */
  show(report: ReportId, defaultPreset: RangePreset): void {
    this.config.set({ report, defaultPreset });
  }

  /** Puts new filters in the address; the report follows. */
  apply(value: ReportFilterValue): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { from: value.range.fromDay, to: value.range.toDay, unit: value.unitId ?? undefined, category: value.categoryId ?? undefined },
    });
  }

  retry(): void {
    this.attempt.update((count) => count + 1);
  }

  private filtersFrom(params: ParamMap): ReportFilterValue {
    const range = { fromDay: params.get('from') ?? '', toDay: params.get('to') ?? '' };
    const preset = this.config()?.defaultPreset ?? 'last30';
    return {
      range: isValidRange(range) ? range : presetRange(preset, dayNumberAt(new Date(this.clock.now()), DISPLAY_TIME_ZONE), untracked(() => this.i18n.language())),
      unitId: positiveId(params.get('unit')),
      categoryId: positiveId(params.get('category')),
    };
  }

  private fetch(report: ReportId, query: ReportQuery): void {
    this.request?.unsubscribe();
    this.current.set({ kind: 'loading', previous: this.result() });
    this.request = this.api.report(report, query).subscribe({
      next: (result) => this.current.set({ kind: 'loaded', result }),
      error: (error: unknown) => this.current.set({ kind: 'failed', error }),
    });
  }
}
