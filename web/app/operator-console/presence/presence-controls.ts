import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { OperatorPresence } from '../../../contract/telephony';
import type { MessageId } from '../../core/i18n/message-id';
import { LocalDatePipe } from '../../core/i18n/local-date-pipe';
import { TranslatePipe } from '../../core/i18n/translate-pipe';

export type PresenceChange = 'login' | 'pause' | 'resume' | 'logout';

const STATUS: Readonly<Record<OperatorPresence['status'], MessageId>> = {
  loggedOut: 'operatorConsole.presence.loggedOut',
  available: 'operatorConsole.presence.available',
  paused: 'operatorConsole.presence.paused',
};

/** The operator's state in the queues and the buttons that change it; the telephony process applies the change. */
@Component({
  selector: 'pk-presence-controls',
  imports: [TranslatePipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let status = presence()?.status ?? 'loggedOut';
    <p class="state">
      <span class="dot" [attr.data-status]="status" aria-hidden="true"></span>
      <strong data-testid="presence-status">{{ statusLabels[status] | translate }}</strong>
      @if (presence(); as current) {
        <span class="since">{{ current.since | localDate: 'time' }}</span>
      }
    </p>
    @if (status !== 'loggedOut' && queues()) {
      <p class="queues">{{ 'operatorConsole.presence.queues' | translate: { queues: queues() } }}</p>
    }
    <div class="buttons">
      @if (status === 'loggedOut') {
        <button type="button" class="pk-button compact" (click)="change.emit('login')">{{ 'operatorConsole.presence.login' | translate }}</button>
      } @else {
        @if (status === 'available') {
          <button type="button" class="pk-button secondary compact" (click)="change.emit('pause')">{{ 'operatorConsole.presence.pause' | translate }}</button>
        } @else {
          <button type="button" class="pk-button compact" (click)="change.emit('resume')">{{ 'operatorConsole.presence.resume' | translate }}</button>
        }
        <button type="button" class="pk-button secondary compact" (click)="change.emit('logout')">{{ 'operatorConsole.presence.logout' | translate }}</button>
      }
    </div>
  `,
  styles: `
    :host { display: grid; gap: 0.5rem; }
    .state { display: flex; align-items: center; gap: 0.5rem; margin: 0; }
    .dot { inline-size: 0.75rem; block-size: 0.75rem; border-radius: 50%; background: var(--pk-color-muted); }
    .dot[data-status='available'] { background: var(--pk-color-success); }
    .dot[data-status='paused'] { background: #c98a00; }
    .since, .queues { color: var(--pk-color-muted); font-size: 0.875rem; margin: 0; }
    .buttons { display: flex; flex-wrap: wrap; gap: 0.5rem; }
  `,
})
export class PresenceControls {
  readonly presence = input<OperatorPresence | null>(null);
  readonly change = output<PresenceChange>();
  protected readonly statusLabels = STATUS;
  protected readonly queues = computed(() => this.presence()?.queueIds.join('، ') ?? '');
}
