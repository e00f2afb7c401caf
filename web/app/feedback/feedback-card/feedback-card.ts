import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal, type OnInit } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { AwaitingFeedback } from '../../../contract/feedback';
import { LocalDatePipe } from '../../core/i18n/local-date-pipe';
import { LocalNumberPipe } from '../../core/i18n/local-number-pipe';
import type { MessageId } from '../../core/i18n/message-id';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { ApiErrorMessage } from '../../shared/api-error-message/api-error-message';
import { feedbackAnswer } from '../feedback-answer';
import { FeedbackApi, type FeedbackAnswer } from '../feedback-api';

export interface FeedbackRecorded {
  readonly ticket: AwaitingFeedback;
  readonly answer: FeedbackAnswer;
  readonly status: string;
}

/**
 * One resolved ticket to ask about: who to call, what was done, and the form for the answer (a
 * satisfaction of 1 to 5 as a radio group, a comment) or "no answer". The ticket's version is read
 * when the card opens and stated with the answer, so that a change meanwhile is refused.
 */
@Component({
  selector: 'pk-feedback-card',
  imports: [ApiErrorMessage, LocalDatePipe, LocalNumberPipe, ReactiveFormsModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './feedback-card.html',
  styleUrl: './feedback-card.css',
})
export class FeedbackCard implements OnInit {
  readonly ticket = input.required<AwaitingFeedback>();
  readonly recorded = output<FeedbackRecorded>();

  private readonly api = inject(FeedbackApi);
  protected readonly scores: ReadonlyArray<{ readonly value: number; readonly label: MessageId }> = [
    { value: 1, label: 'feedback.score.1' },
    { value: 2, label: 'feedback.score.2' },
    { value: 3, label: 'feedback.score.3' },
    { value: 4, label: 'feedback.score.4' },
    { value: 5, label: 'feedback.score.5' },
  ];
  protected readonly form = new FormGroup({
    score: new FormControl<number | null>(null),
    comment: new FormControl('', { nonNullable: true }),
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<unknown>(null);
  protected readonly missingScore = signal(false);
  protected readonly idBase = computed(() => `feedback-${this.ticket().id}`);
  /** The version the agent saw when the card opened. */
  private version: Promise<number> | null = null;

  ngOnInit(): void {
    this.version = this.readVersion();
  }

  private readVersion(): Promise<number> {
    const reading = this.api.ticket(this.ticket().id).then((detail) => detail.version);
    // Read again on submit when it failed now.
    reading.catch(() => (this.version = null));
    return reading;
  }

  protected async recordAnswer(): Promise<void> {
    const answer = feedbackAnswer(this.form.getRawValue());
    this.missingScore.set(answer === null);
    if (answer === null) return;
    await this.record(answer);
  }

  protected recordNoAnswer(): Promise<void> {
    this.missingScore.set(false);
    return this.record({ kind: 'noAnswer' });
  }

  private async record(answer: FeedbackAnswer): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const ticket = this.ticket();
      const version = await (this.version ?? (this.version = this.readVersion()));
      const result = await this.api.record(ticket.id, version, answer);
      this.recorded.emit({ ticket, answer, status: result.status });
    } catch (error) {
      this.error.set(error);
    } finally {
      this.busy.set(false);
    }
  }
}
