import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import type { ReportId } from '../../../contract/reports';
import { ReportFrame } from '../report-frame';
import { REPORT_PAGES } from '../report-pages';
import { ReportTableView } from '../report-table/report-table';
import { ReportView } from '../report-view';

/** A report shown as its tables (every report but the dashboard); the route's data names the report. */
@Component({
  selector: 'pk-report-page',
  imports: [ReportFrame, ReportTableView],
  providers: [ReportView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pk-report-frame [page]="page()">
      @if (view.result(); as result) {
        @for (table of result.tables; track table.id) {
          <section class="pk-card table-card" [attr.data-table]="table.id">
            <pk-report-table [table]="table" />
          </section>
        }
      }
    </pk-report-frame>
  `,
  styles: `
    .table-card { padding: 1rem; }
  `,
})
export class ReportPage {
  protected readonly view = inject(ReportView);
  /** From the route's data. */
  readonly report = input.required<ReportId>();
  protected readonly page = computed(() => REPORT_PAGES.find((page) => page.report === this.report()) ?? REPORT_PAGES[0]!);

  constructor() {
    effect(() => this.view.show(this.page().report, this.page().defaultPreset));
  }
}
