import { ChangeDetectionStrategy, Component, DOCUMENT, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ProcessListResponse, ProcessSummary, ProcessVersionSummary } from '../../../contract/processes';
import { LocalDatePipe } from '../../core/i18n/local-date-pipe';
import { LocalNumberPipe } from '../../core/i18n/local-number-pipe';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { ApiErrorMessage } from '../../shared/api-error-message/api-error-message';
import { Icon } from '../../shared/icon/icon';
import { DesignerApi } from '../designer-api';
import { downloadText } from '../download-text';

type Listing = { readonly kind: 'loading' } | { readonly kind: 'loaded'; readonly list: ProcessListResponse } | { readonly kind: 'failed'; readonly error: unknown };

/** The deployed processes, each with its versions (who deployed them, when) and the instances still running on each. */
@Component({
  selector: 'pk-process-list-page',
  imports: [ApiErrorMessage, Icon, LocalDatePipe, LocalNumberPipe, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './process-list-page.html',
  styleUrl: './process-list-page.css',
})
export class ProcessListPage {
  private readonly api = inject(DesignerApi);
  private readonly document = inject(DOCUMENT);
  protected readonly listing = signal<Listing>({ kind: 'loading' });
  /** Processes whose older versions are shown. */
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.listing.set({ kind: 'loading' });
    try {
      this.listing.set({ kind: 'loaded', list: await this.api.listProcesses() });
    } catch (error) {
      this.listing.set({ kind: 'failed', error });
    }
  }

  protected shownVersions(process: ProcessSummary): readonly ProcessVersionSummary[] {
    return this.expanded().has(process.bpmnProcessId) ? process.versions : process.versions.slice(0, 3);
  }

  protected toggle(process: ProcessSummary): void {
    this.expanded.update((current) => {
      const next = new Set(current);
      if (!next.delete(process.bpmnProcessId)) next.add(process.bpmnProcessId);
      return next;
    });
  }

  protected async download(process: ProcessSummary, version: ProcessVersionSummary): Promise<void> {
    const found = await this.api.version(process.bpmnProcessId, version.version);
    downloadText(this.document, `${process.bpmnProcessId}-v${version.version}.bpmn`, found.xml);
  }
}
