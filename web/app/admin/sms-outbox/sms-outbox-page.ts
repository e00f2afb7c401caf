import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { SmsMessagePage } from '../../../contract/admin/sms-message';
import { I18n } from '../../core/i18n/i18n';
import type { MessageId } from '../../core/i18n/message-id';
import { LocalDatePipe } from '../../core/i18n/local-date-pipe';
import { LocalNumberPipe } from '../../core/i18n/local-number-pipe';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { ApiErrorMessage } from '../../shared/api-error-message/api-error-message';
import { Icon } from '../../shared/icon/icon';

const STATUSES = ['queued', 'sending', 'sent', 'stored', 'delivered', 'undelivered', 'failed', 'unknown'] as const;
const PAGE_SIZE = 25;

/** The SMS outbox, newest first: what was or will be sent, to whom, and how it went; read-only, filtered by status. */
@Component({
  selector: 'pk-sms-outbox-page',
  imports: [ApiErrorMessage, Icon, LocalDatePipe, LocalNumberPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sms-outbox-page.html',
})
export class SmsOutboxPage {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);
  protected readonly statuses = STATUSES;
  protected readonly status = signal('');
  protected readonly page = signal<SmsMessagePage | null>(null);
  protected readonly error = signal<unknown>(null);
  protected readonly pages = (page: SmsMessagePage) => Math.max(1, Math.ceil(page.total / page.pageSize));

  constructor() {
    void this.load(1);
  }

  protected statusLabel(status: string): string {
    const id = `admin.outbox.status.${status}`;
    return this.i18n.translateKey(id) ?? status;
  }

  protected statusTone(status: string): string {
    return status === 'delivered' || status === 'sent' ? 'ok' : status === 'failed' || status === 'undelivered' ? 'danger' : 'info';
  }

  protected filterByStatus(event: Event): void {
    this.status.set((event.target as HTMLSelectElement).value);
    void this.load(1);
  }

  protected async load(page: number): Promise<void> {
    const params: Record<string, string | number> = { page, pageSize: PAGE_SIZE };
    if (this.status() !== '') params['status'] = this.status();
    try {
      this.page.set(await firstValueFrom(this.http.get<SmsMessagePage>('/api/admin/sms-messages', { params })));
      this.error.set(null);
    } catch (error) {
      this.error.set(error);
    }
  }

  protected readonly heading: MessageId = 'admin.outbox.title';
}
