import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { ChartView } from '../../shared/charts/chart';
import { formatReportCell } from '../format-report-cell';
import { ReportFrame } from '../report-frame';
import { REPORT_PAGES } from '../report-pages';
import { ReportTableView } from '../report-table/report-table';
import { ReportView } from '../report-view';
import { dashboardCharts } from './dashboard-charts';

/** The management dashboard: headline figures and charts, each with its data as a table. */
@Component({
  selector: 'pk-dashboard-page',
  imports: [ChartView, ReportFrame, ReportTableView, TranslatePipe],
  providers: [ReportView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.css',
})
export class DashboardPage {
  private readonly i18n = inject(I18n);
  protected readonly view = inject(ReportView);
  protected readonly page = REPORT_PAGES[0]!;

  protected readonly kpis = computed(() => {
    const table = this.view.result()?.tables.find((candidate) => candidate.id === 'kpis');
    const row = table?.rows[0];
    if (table === undefined || row === undefined) return [];
    return table.columns.map((column) => ({ key: column.key, label: column.label[this.i18n.language()], value: formatReportCell(row[column.key] ?? null, column, this.i18n) }));
  });

  protected readonly charts = computed(() => {
    const result = this.view.result();
    return result === null ? [] : dashboardCharts(result, this.i18n);
  });

  constructor() {
    this.view.show(this.page.report, this.page.defaultPreset);
  }
}
