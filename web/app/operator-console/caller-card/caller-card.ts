import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CallerCard } from '../../../contract/telephony';
import { LocalDatePipe } from '../../core/i18n/local-date-pipe';
import { LocalNumberPipe } from '../../core/i18n/local-number-pipe';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { ticketStatusLabel } from '../../tickets/ticket-labels';

/** How many requests and calls the card shows before «full history». */
const SHORT_LIST = 3;

/** Who is calling: name, unit, post, location, open and recent requests and recent calls, with the whole history one click away. */
@Component({
  selector: 'pk-caller-card',
  imports: [RouterLink, TranslatePipe, LocalDatePipe, LocalNumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './caller-card.html',
  styleUrl: './caller-card.css',
})
export class CallerCardView {
  readonly card = input.required<CallerCard>();
  protected readonly statusLabel = ticketStatusLabel;
  protected readonly shortList = SHORT_LIST;
  /** Open requests first, then the others, each once. */
  protected readonly requests = computed(() => {
    const card = this.card();
    const open = new Set(card.openRequests.map((request) => request.ticketId));
    return [...card.openRequests, ...card.recentRequests.filter((request) => !open.has(request.ticketId))];
  });
  protected readonly hasMore = computed(() => this.requests().length > SHORT_LIST || this.card().recentCalls.length > SHORT_LIST);
}
