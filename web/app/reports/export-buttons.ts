import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import type { ReportExportFormat, ReportId, ReportQuery } from '../../contract/reports';
import { I18n } from '../core/i18n/i18n';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { ApiErrorMessage } from '../shared/api-error-message/api-error-message';
import { ReportApi } from './report-api';

/** Downloads the report on screen as CSV or XLSX, headers in the language being read. */
@Component({
  selector: 'pk-export-buttons',
  imports: [ApiErrorMessage, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="buttons" role="group" [attr.aria-label]="'reports.export.label' | translate">
      <span class="label" aria-hidden="true">{{ 'reports.export.label' | translate }}</span>
      @for (format of formats; track format.format) {
        <button type="button" class="pk-button secondary" [disabled]="busy() !== null" [attr.aria-busy]="busy() === format.format" (click)="exportReport(format.format)">
          {{ (busy() === format.format ? 'reports.export.busy' : format.label) | translate }}
        </button>
      }
    </div>
    @if (failure(); as error) {
      <div class="failure" role="alert"><strong>{{ 'reports.export.failed' | translate }}</strong> <pk-api-error-message [error]="error" /></div>
    }
  `,
  styles: `
    :host { display: block; }
    .buttons { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
    .label { color: var(--pk-color-muted); font-size: 0.9375rem; }
    .failure { margin-block-start: 0.5rem; color: var(--pk-color-danger); }
  `,
})
export class ExportButtons {
  private readonly api = inject(ReportApi);
  private readonly i18n = inject(I18n);
  readonly report = input.required<ReportId>();
  readonly query = input.required<ReportQuery>();

  protected readonly formats = [
    { format: 'xlsx', label: 'reports.export.xlsx' },
    { format: 'csv', label: 'reports.export.csv' },
  ] as const;
  protected readonly busy = signal<ReportExportFormat | null>(null);
  protected readonly failure = signal<unknown>(null);

  protected async exportReport(format: ReportExportFormat): Promise<void> {
    this.busy.set(format);
    this.failure.set(null);
    try {
      await this.api.download(this.report(), this.query(), format, this.i18n.language());
    } catch (error) {
      this.failure.set(error);
    } finally {
      this.busy.set(null);
    }
  }
}
