import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ReportColumn, ReportRow, ReportTable } from '../../../contract/reports';
import { RouterLink } from '@angular/router';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { formatReportCell, isNumericColumn } from '../format-report-cell';

interface ShownCell {
  readonly text: string;
  readonly numeric: boolean;
  readonly code: boolean;
  /** The ticket page, for a tracking code whose row names its ticket. */
  readonly link: string | null;
}

let nextId = 0;

/**
 * One table of a report, as the API sends it: captioned, with column headers, a totals row in the
 * footer, numbers in the language's digits and dates in its calendar. Wide tables scroll sideways in
 * a focusable region, so that keyboard users can scroll them too.
 */
@Component({
  selector: 'pk-report-table',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './report-table.html',
  styleUrl: './report-table.css',
})
export class ReportTableView {
  private readonly i18n = inject(I18n);
  readonly table = input.required<ReportTable>();
  /** Hide the caption when a heading or figure caption already names the table. */
  readonly showCaption = input(true);

  protected readonly id = `pk-report-table-${nextId++}`;
  protected readonly title = computed(() => this.table().title[this.i18n.language()]);
  protected readonly columns = computed(() => this.table().columns.map((column) => ({ key: column.key, label: column.label[this.i18n.language()], numeric: isNumericColumn(column) })));
  protected readonly rows = computed(() => this.table().rows.map((row) => this.cells(row)));
  protected readonly totals = computed(() => {
    const totals = this.table().totals;
    return totals === undefined ? null : this.cells(totals);
  });

  private cells(row: ReportRow): ShownCell[] {
    return this.table().columns.map((column: ReportColumn) => ({
      text: formatReportCell(row[column.key] ?? null, column, this.i18n),
      numeric: isNumericColumn(column),
      code: column.kind === 'code',
      link: column.kind === 'code' && typeof row['ticketId'] === 'number' ? `/tickets/${row['ticketId']}` : null,
    }));
  }
}
