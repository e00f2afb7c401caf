import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { LocalDatePipe } from '../core/i18n/local-date-pipe';
import { LocalNumberPipe } from '../core/i18n/local-number-pipe';
import { RelativeTimePipe } from '../core/i18n/relative-time-pipe';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { ApiErrorMessage } from '../shared/api-error-message/api-error-message';
import { Icon } from '../shared/icon/icon';
import { databaseName } from './database-name';
import { ServerHealth } from './server-health';

/** System status: whether the database and the process engine are up, and which processes are deployed. */
@Component({
  selector: 'pk-status-page',
  imports: [ApiErrorMessage, Icon, LocalDatePipe, LocalNumberPipe, RelativeTimePipe, TranslatePipe],
  providers: [ServerHealth],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './status-page.html',
  styleUrl: './status-page.css',
})
export class StatusPage {
  protected readonly health = inject(ServerHealth);
  protected readonly databaseName = databaseName;

  constructor() {
    this.health.check();
  }

  protected checkAgain(): void {
    this.health.check();
  }
}
