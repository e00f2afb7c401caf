import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, computed, inject, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CatalogueResponse } from '../../contract/catalogue';
import type { CallEventData, CallerCard, OperatorPresence } from '../../contract/telephony';
import type { LiveCallEvent } from '../../contract/live-events';
import type { PriorityOption } from '../../contract/priorities';
import type { RegisteredTicket } from '../../contract/tickets';
import { ApiError } from '../core/api/api-error';
import { I18n } from '../core/i18n/i18n';
import type { MessageId } from '../core/i18n/message-id';
import { LocalNumberPipe } from '../core/i18n/local-number-pipe';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { ApiErrorMessage } from '../shared/api-error-message/api-error-message';
import { FieldError } from '../shared/field-problems/field-error';
import { problemMessage } from '../shared/field-problems/problem-message';
import { SaveError } from '../shared/field-problems/save-error';
import { localName } from '../shared/local-name/local-name';
import { LocalNamePipe } from '../shared/local-name/local-name-pipe';
import { LiveEvents } from '../tickets/live-events';
import { ReferenceData } from '../tickets/reference-data';
import { CallerCardView } from './caller-card/caller-card';
import { categoryOptions, searchCategories, type CategoryOption } from './category-search';
import { OperatorConsoleApi } from './operator-console-api';
import { isLookupNumber, normalizePhoneNumber } from './phone-number';
import { PresenceControls } from './presence/presence-controls';
import { registrationRequest, type RegistrationProblem } from './registration/registration-request';

type CallState = { readonly callId: number; readonly number: string; readonly state: 'ringing' | 'answered' | 'ended' };
type Upload = { readonly name: string; readonly state: 'uploading' | 'done' | 'failed'; readonly reason?: string };

/** Fields the form shows the API's problems next to. */
const FORM_FIELDS = ['requester', 'categoryId', 'priority', 'subject', 'description', 'callId'];

/**
 * The operator's desk: presence in the queues, the call in progress with the caller's card (filled
 * in by the screen pop when a call is answered), and the registration form, fast from the keyboard.
 * On success the tracking code is shown large; attachments are uploaded to the new ticket.
 */
@Component({
  selector: 'pk-operator-console-page',
  imports: [RouterLink, TranslatePipe, LocalNumberPipe, LocalNamePipe, ApiErrorMessage, FieldError, SaveError, CallerCardView, PresenceControls],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './operator-console-page.html',
  styleUrl: './operator-console-page.css',
  host: { '(keydown.control.enter)': 'register()' },
})
export class OperatorConsolePage {
  private readonly api = inject(OperatorConsoleApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly reference = inject(ReferenceData);
  protected readonly i18n = inject(I18n);

  private readonly phoneInput = viewChild<ElementRef<HTMLInputElement>>('phoneInput');
  private readonly nameInput = viewChild<ElementRef<HTMLInputElement>>('nameInput');
  private readonly categoryInput = viewChild<ElementRef<HTMLInputElement>>('categoryInput');
  private readonly priorityInput = viewChild<ElementRef<HTMLSelectElement>>('priorityInput');
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');
  private readonly doneHeading = viewChild<ElementRef<HTMLElement>>('doneHeading');

  protected readonly presence = signal<OperatorPresence | null>(null);
  protected readonly presenceError = signal<unknown>(null);
  protected readonly call = signal<CallState | null>(null);

  protected readonly phone = signal('');
  protected readonly card = signal<CallerCard | null>(null);
  protected readonly looking = signal(false);
  protected readonly lookupError = signal<unknown>(null);
  protected readonly requesterName = signal('');
  protected readonly categoryQuery = signal('');
  protected readonly categoryId = signal<number | null>(null);
  protected readonly activeMatch = signal(0);
  protected readonly matchesOpen = signal(false);
  protected readonly priority = signal('');
  protected readonly subject = signal('');
  protected readonly description = signal('');
  protected readonly files = signal<readonly File[]>([]);

  protected readonly busy = signal(false);
  protected readonly error = signal<unknown>(null);
  protected readonly localProblems = signal<readonly RegistrationProblem[]>([]);
  protected readonly registered = signal<RegisteredTicket | null>(null);
  protected readonly uploads = signal<readonly Upload[]>([]);
  private idempotencyKey = crypto.randomUUID();

  private readonly catalogue = signal<CatalogueResponse | null>(null);
  private readonly options = computed(() => {
    const catalogue = this.catalogue();
    return catalogue === null ? [] : categoryOptions(catalogue.categories, this.i18n.language());
  });
  protected readonly priorities = signal<readonly PriorityOption[]>([]);
  private readonly categoryDefaults = signal<ReadonlyMap<number, string>>(new Map());

  protected readonly knownPerson = computed(() => this.card()?.person ?? null);
  protected readonly matches = computed(() => searchCategories(this.options(), this.categoryQuery()));
  protected readonly chosenCategory = computed(() => this.options().find((option) => option.id === this.categoryId()) ?? null);
  protected readonly levels = computed(() => {
    const lineage = this.chosenCategory()?.lineage ?? [];
    const options = this.options();
    const under = (parentId: number | null, level: number) => options.filter((option) => option.level === level && (parentId === null ? option.lineage.length === 1 : option.lineage[option.lineage.length - 2] === parentId));
    return [
      { level: 1, label: 'operatorConsole.form.level1' as MessageId, choices: under(null, 1), value: lineage[0] ?? null },
      { level: 2, label: 'operatorConsole.form.level2' as MessageId, choices: lineage[0] === undefined ? [] : under(lineage[0], 2), value: lineage[1] ?? null },
      { level: 3, label: 'operatorConsole.form.level3' as MessageId, choices: lineage[1] === undefined ? [] : under(lineage[1], 3), value: lineage[2] ?? null },
    ];
  });
  /** The priority the category gives when the operator leaves «default». */
  protected readonly defaultPriority = computed(() => {
    const lineage = this.chosenCategory()?.lineage ?? [];
    const defaults = this.categoryDefaults();
    const code = [...lineage].reverse().map((id) => defaults.get(id)).find((found) => found !== undefined) ?? this.priorities().find((priority) => priority.isDefault)?.code;
    const found = this.priorities().find((priority) => priority.code === code);
    return found === undefined ? null : localName(found, this.i18n.language());
  });

  constructor() {
    const live = inject(LiveEvents);
    live.listen('call.offered', (event) => this.showCall(event as LiveCallEvent, 'ringing'));
    live.listen('call.answered', (event) => this.showCall(event as LiveCallEvent, 'answered'));
    live.listen('call.ended', (event) => {
      const current = this.call();
      if (current !== null && current.callId === (event as LiveCallEvent).callId) this.call.set({ ...current, state: 'ended' });
    });
    live.listen('ready', () => void this.loadMe());
    void this.loadReference();
    void this.loadMe();
    afterNextRender(() => this.phoneInput()?.nativeElement.focus());
  }

  protected localProblem(field: RegistrationProblem['field']): string | null {
    const problem = this.localProblems().find((candidate) => candidate.field === field);
    return problem === undefined ? null : problemMessage(this.i18n, problem);
  }

  protected editPhone(value: string): void {
    this.phone.set(value);
    if (this.card() !== null && normalizePhoneNumber(value) !== normalizePhoneNumber(this.card()!.callerNumber)) this.card.set(null);
  }

  /** Enter in the phone field: look the number up, then move on. */
  protected async lookUp(event?: Event): Promise<void> {
    event?.preventDefault();
    const number = normalizePhoneNumber(this.phone());
    if (!isLookupNumber(number)) return;
    this.phone.set(number);
    if (this.card() !== null && normalizePhoneNumber(this.card()!.callerNumber) === number) {
      if (event) this.focusAfterPhone();
      return;
    }
    this.looking.set(true);
    this.lookupError.set(null);
    try {
      this.card.set(await this.api.caller(number));
      if (event) this.focusAfterPhone();
    } catch (error) {
      this.lookupError.set(error);
    } finally {
      this.looking.set(false);
    }
  }

  protected editCategoryQuery(value: string): void {
    this.categoryQuery.set(value);
    this.activeMatch.set(0);
    this.matchesOpen.set(value.trim() !== '');
  }

  protected categoryKey(event: KeyboardEvent): void {
    const matches = this.matches();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!this.matchesOpen()) this.matchesOpen.set(true);
      if (matches.length > 0) this.activeMatch.set((this.activeMatch() + (event.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const match = matches[this.activeMatch()];
      if (match !== undefined && this.matchesOpen()) this.pickCategory(match);
      else if (this.categoryId() !== null) this.priorityInput()?.nativeElement.focus();
    } else if (event.key === 'Escape') {
      this.matchesOpen.set(false);
    }
  }

  protected pickCategory(option: CategoryOption, moveOn = true): void {
    this.categoryId.set(option.id);
    this.categoryQuery.set(option.path);
    this.matchesOpen.set(false);
    this.priority.set('');
    if (!moveOn) return;
    // A heading is not a subject: the next level's list takes the focus to choose one under it.
    if (option.leaf) this.priorityInput()?.nativeElement.focus();
    else setTimeout(() => this.host.nativeElement.querySelector<HTMLSelectElement>(`#op-level-${option.level + 1}`)?.focus());
  }

  /** One of the three level selects changed: that level's category is chosen, the levels below cleared. */
  protected pickLevel(level: number, value: string): void {
    const lineage = this.chosenCategory()?.lineage ?? [];
    const id = value === '' ? (lineage[level - 2] ?? null) : Number(value);
    const option = this.options().find((candidate) => candidate.id === id);
    if (option === undefined) {
      this.categoryId.set(null);
      this.categoryQuery.set('');
    } else this.pickCategory(option, false);
  }

  protected chooseFiles(input: HTMLInputElement): void {
    this.files.set([...(input.files ?? [])]);
  }

  protected async register(): Promise<void> {
    if (this.busy() || this.registered() !== null) return;
    const call = this.call();
    const built = registrationRequest(
      { phone: normalizePhoneNumber(this.phone()), requesterName: this.requesterName(), categoryId: this.categoryId(), priority: this.priority(), subject: this.subject(), description: this.description() },
      this.card() === null ? null : { personId: this.knownPerson()?.id ?? null },
      call?.callId ?? null,
    );
    this.error.set(null);
    if ('problems' in built) {
      this.localProblems.set(built.problems);
      return;
    }
    this.localProblems.set([]);
    this.busy.set(true);
    try {
      const registered = await this.api.register(built.request, this.idempotencyKey);
      this.registered.set(registered);
      setTimeout(() => this.doneHeading()?.nativeElement.focus());
      await this.uploadFiles(registered.ticketId);
    } catch (error) {
      this.error.set(error);
    } finally {
      this.busy.set(false);
    }
  }

  /** Ready for the next caller: everything cleared, the call kept if it goes on. */
  protected startOver(): void {
    this.idempotencyKey = crypto.randomUUID();
    this.registered.set(null);
    this.uploads.set([]);
    this.phone.set('');
    this.card.set(null);
    this.requesterName.set('');
    this.categoryId.set(null);
    this.categoryQuery.set('');
    this.priority.set('');
    this.subject.set('');
    this.description.set('');
    this.files.set([]);
    this.error.set(null);
    this.localProblems.set([]);
    if (this.call()?.state === 'ended') this.call.set(null);
    setTimeout(() => this.phoneInput()?.nativeElement.focus());
  }

  protected async changePresence(change: 'login' | 'pause' | 'resume' | 'logout'): Promise<void> {
    this.presenceError.set(null);
    try {
      this.presence.set(await this.api.changePresence(change));
    } catch (error) {
      this.presenceError.set(error);
    }
  }

  private async uploadFiles(ticketId: number): Promise<void> {
    for (const file of this.files()) {
      this.uploads.set([...this.uploads(), { name: file.name, state: 'uploading' }]);
      const replace = (upload: Upload) => this.uploads.set(this.uploads().map((current) => (current.name === file.name && current.state === 'uploading' ? upload : current)));
      try {
        await this.api.attach(ticketId, file);
        replace({ name: file.name, state: 'done' });
      } catch (error) {
        const reason = error instanceof ApiError && error.problems.length > 0 ? problemMessage(this.i18n, error.problems[0]!) : error instanceof ApiError ? this.i18n.translate(error.messageId, error.messageParams) : String(error);
        replace({ name: file.name, state: 'failed', reason });
      }
    }
    this.files.set([]);
    const input = this.fileInput()?.nativeElement;
    if (input) input.value = '';
  }

  private focusAfterPhone(): void {
    setTimeout(() => (this.knownPerson() === null ? this.nameInput() : this.categoryInput())?.nativeElement.focus());
  }

  /** The screen pop: the caller's number and card fill the form while the phone rings or as soon as the call is answered. */
  private showCall(event: LiveCallEvent, state: 'ringing' | 'answered'): void {
    const data = event.data as unknown as CallEventData;
    const number = data.callerNumber;
    this.call.set({ callId: event.callId, number, state });
    if (this.registered() !== null) this.startOver();
    if (data.card !== undefined) {
      this.phone.set(normalizePhoneNumber(data.callerNumber));
      this.card.set(data.card);
    }
    if (state === 'answered') this.focusAfterPhone();
  }

  private async loadMe(): Promise<void> {
    try {
      const me = await this.api.me();
      this.presence.set(me.presence);
      if (me.call !== null) {
        this.call.set({ callId: me.call.callId, number: me.call.callerNumber ?? '', state: 'answered' });
        if (this.card() === null) {
          this.phone.set(normalizePhoneNumber(me.call.card.callerNumber));
          this.card.set(me.call.card);
        }
      } else if (this.call()?.state !== 'ended') this.call.set(null);
    } catch (error) {
      this.presenceError.set(error);
    }
  }

  private async loadReference(): Promise<void> {
    try {
      const [catalogue, priorities] = await Promise.all([this.reference.catalogue(), this.reference.priorities()]);
      this.catalogue.set(catalogue);
      this.priorities.set(priorities.priorities);
      this.categoryDefaults.set(new Map(priorities.categoryDefaults.map((entry) => [entry.categoryId, entry.priorityCode])));
    } catch (error) {
      this.error.set(error);
    }
  }

  protected readonly formFields = FORM_FIELDS;
}
