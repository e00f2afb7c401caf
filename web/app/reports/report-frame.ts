import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18n } from '../core/i18n/i18n';
import { LocalDatePipe } from '../core/i18n/local-date-pipe';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { ApiErrorMessage } from '../shared/api-error-message/api-error-message';
import { ExportButtons } from './export-buttons';
import { formatDay } from './format-report-cell';
import { ReportFilters } from './report-filters/report-filters';
import type { ReportPageInfo } from './report-pages';
import { ReportView } from './report-view';
import { ReportsNav } from './reports-nav';

/**
 * What every report page has around its tables and charts: the list of reports, the heading, the
 * filters, the range and scope shown, the export buttons, and the loading and failure states. The
 * page provides the `ReportView` this frame reads; the page's own content goes inside.
 */
@Component({
  selector: 'pk-report-frame',
  imports: [ApiErrorMessage, ExportButtons, LocalDatePipe, ReportFilters, ReportsNav, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './report-frame.html',
  styleUrl: './report-frame.css',
})
export class ReportFrame {
  private readonly i18n = inject(I18n);
  protected readonly view = inject(ReportView);
  readonly page = input.required<ReportPageInfo>();

  protected readonly rangeText = computed(() => {
    const { range } = this.view.filters();
    return this.i18n.translate('reports.range', { from: formatDay(range.fromDay, this.i18n), to: formatDay(range.toDay, this.i18n) });
  });
  protected readonly loading = computed(() => this.view.state().kind === 'loading');
}
