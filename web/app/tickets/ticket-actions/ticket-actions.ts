import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import type { OrgChartPosition } from '../../../contract/org-chart';
import type { TicketActionResult, TicketDetail } from '../../../contract/tickets';
import { ApiError } from '../../core/api/api-error';
import { AuthService } from '../../core/auth/auth-service';
import { DISPLAY_TIME_ZONE } from '../../core/i18n/display-time-zone';
import { I18n } from '../../core/i18n/i18n';
import type { MessageId } from '../../core/i18n/message-id';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import type { IsoDate } from '../../shared/calendar/iso-date';
import { FieldError } from '../../shared/field-problems/field-error';
import { SaveError } from '../../shared/field-problems/save-error';
import { JalaliDatePicker } from '../../shared/jalali-date-picker/jalali-date-picker';
import { localName } from '../../shared/local-name/local-name';
import { TreeView } from '../../shared/tree-view/tree-view';
import type { TreeViewNode } from '../../shared/tree-view/tree-view-node';
import { TicketApi } from '../ticket-api';
import { wallClockInstant } from '../wall-clock-instant';
import { offeredActions, type TicketButton, type TicketForm } from './ticket-action-forms';

const FORM_LABELS: Readonly<Record<TicketForm, MessageId>> = {
  refer: 'ticket.action.refer',
  postpone: 'ticket.action.postpone',
  note: 'ticket.action.note',
  ask: 'ticket.action.ask',
  answer: 'ticket.action.answer',
  resolve: 'ticket.action.resolve',
  part: 'ticket.action.completePart',
};
type TextForm = 'note' | 'ask' | 'answer' | 'resolve';
/** The forms that are one text box: its label, its button and the API's name for it. */
const TEXT_FORMS: Readonly<Record<TextForm, { readonly form: TextForm; readonly label: MessageId; readonly submit: MessageId; readonly field: string }>> = {
  note: { form: 'note', label: 'ticket.note.text', submit: 'ticket.note.submit', field: 'text' },
  ask: { form: 'ask', label: 'ticket.ask.question', submit: 'ticket.ask.submit', field: 'question' },
  answer: { form: 'answer', label: 'ticket.answer.text', submit: 'ticket.answer.submit', field: 'answer' },
  resolve: { form: 'resolve', label: 'ticket.resolve.resolution', submit: 'ticket.resolve.submit', field: 'resolution' },
};
const BUTTON_LABELS: Readonly<Record<TicketButton, MessageId>> = { start: 'ticket.action.start', escalate: 'ticket.action.escalate' };
const BUTTON_PATHS: Readonly<Record<TicketButton, string>> = { start: 'start', escalate: 'escalate' };

/**
 * The actions the API allows this user on a ticket, as buttons and forms. Each sends the version
 * the user saw (`expectedVersion`); when the ticket changed meanwhile the conflict is said plainly
 * and the page reloads it. Field problems appear under their fields.
 */
@Component({
  selector: 'pk-ticket-actions',
  imports: [ReactiveFormsModule, TranslatePipe, FieldError, SaveError, JalaliDatePicker, TreeView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './ticket-actions.html',
  styleUrl: './ticket-actions.css',
})
export class TicketActions {
  readonly ticket = input.required<TicketDetail>();
  readonly positions = input<readonly OrgChartPosition[]>([]);
  /** An action went through: reload the ticket. */
  readonly acted = output<TicketActionResult>();
  /** The ticket changed under the user: reload it. */
  readonly stale = output<void>();

  private readonly api = inject(TicketApi);
  private readonly auth = inject(AuthService);
  protected readonly i18n = inject(I18n);

  protected readonly formLabels = FORM_LABELS;
  protected readonly buttonLabels = BUTTON_LABELS;
  protected readonly offered = computed(() => offeredActions(this.ticket(), this.auth.user()?.visiblePositionIds ?? []));
  protected readonly openForm = signal<TicketForm | null>(null);
  protected readonly textForm = computed(() => {
    const form = this.openForm();
    return form !== null && form in TEXT_FORMS ? TEXT_FORMS[form as TextForm] : null;
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<unknown>(null);
  protected readonly conflict = signal(false);
  protected readonly done = signal(false);
  protected readonly localError = signal<MessageId | null>(null);

  protected readonly text = new FormControl('', { nonNullable: true });
  protected readonly referNote = new FormControl('', { nonNullable: true });
  protected readonly parallel = new FormControl(false, { nonNullable: true });
  protected readonly postponeDate = new FormControl<IsoDate | null>(null);
  protected readonly postponeTime = new FormControl('08:00', { nonNullable: true });
  protected readonly positionFilter = signal('');
  protected readonly selectedPosition = signal<string | null>(null);
  protected readonly chosen = signal<readonly number[]>([]);

  protected readonly positionNodes = computed<TreeViewNode[]>(() => {
    const language = this.i18n.language();
    return this.positions()
      .filter((position) => position.active)
      .map((position) => ({
        key: String(position.id),
        parentKey: position.parentId === null ? null : String(position.parentId),
        label: localName(position, language),
        detail: (language === 'en' ? position.unitEn : position.unitFa) ?? undefined,
      }));
  });

  protected positionName(positionId: number): string {
    const position = this.positions().find((candidate) => candidate.id === positionId);
    return position === undefined ? `#${positionId}` : localName(position, this.i18n.language());
  }

  protected toggle(form: TicketForm): void {
    this.openForm.set(this.openForm() === form ? null : form);
    this.resetMessages();
  }

  protected addPosition(): void {
    const key = this.selectedPosition();
    if (key === null) return;
    const id = Number(key);
    if (!this.chosen().includes(id)) this.chosen.set([...this.chosen(), id]);
    this.localError.set(null);
  }

  protected removePosition(positionId: number): void {
    this.chosen.set(this.chosen().filter((id) => id !== positionId));
  }

  protected press(button: TicketButton): void {
    void this.send(BUTTON_PATHS[button], {});
  }

  protected submit(form: TicketForm, partPositionId?: number): void {
    const text = this.text.value.trim();
    switch (form) {
      case 'refer':
        if (this.chosen().length === 0) return this.localError.set('ticket.refer.needPosition');
        return void this.send('refer', { toPositionIds: this.chosen(), note: this.referNote.value.trim(), parallel: this.parallel.value && this.chosen().length > 1 });
      case 'postpone': {
        const date = this.postponeDate.value;
        const until = date === null ? null : wallClockInstant(date, this.postponeTime.value, DISPLAY_TIME_ZONE);
        if (until === null) return this.localError.set('ticket.postpone.needDate');
        return void this.send('postpone', { until, reason: text });
      }
      case 'note':
        if (text === '') return this.localError.set('ticket.required');
        return void this.send('notes', { text, visibleToRequester: false });
      case 'ask':
        if (text === '') return this.localError.set('ticket.required');
        return void this.send('information-requests', { question: text });
      case 'answer':
        if (text === '') return this.localError.set('ticket.required');
        return void this.send('information', { answer: text });
      case 'resolve':
        if (text === '') return this.localError.set('ticket.required');
        return void this.send('resolve', { resolution: text });
      case 'part':
        return void this.send(`parts/${partPositionId}/complete`, { note: text });
    }
  }

  private resetMessages(): void {
    this.error.set(null);
    this.conflict.set(false);
    this.done.set(false);
    this.localError.set(null);
  }

  private async send(path: string, body: Readonly<Record<string, unknown>>): Promise<void> {
    if (this.busy()) return;
    this.resetMessages();
    this.busy.set(true);
    try {
      const result = await this.api.act(this.ticket().id, path, { ...body, expectedVersion: this.ticket().version });
      this.openForm.set(null);
      this.text.reset();
      this.referNote.reset();
      this.parallel.reset();
      this.postponeDate.reset();
      this.chosen.set([]);
      this.done.set(true);
      this.acted.emit(result);
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'business_rule' && (error.body as { code?: string } | null)?.code === 'TICKET_VERSION_CONFLICT') {
        this.conflict.set(true);
        this.stale.emit();
      } else {
        this.error.set(error);
      }
    } finally {
      this.busy.set(false);
    }
  }
}
