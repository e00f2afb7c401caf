import { ChangeDetectionStrategy, Component, computed, effect, inject, input, numberAttribute, signal, untracked } from '@angular/core';
import type { CatalogueResponse } from '../../../contract/catalogue';
import type { LiveTicketChanged } from '../../../contract/live-events';
import type { OrgChartPosition } from '../../../contract/org-chart';
import type { PriorityOption } from '../../../contract/priorities';
import type { InstancePath } from '../../../contract/processes';
import type { SlaClockDto, TicketDetail, TicketHistoryEntry } from '../../../contract/tickets';
import { AuthService } from '../../core/auth/auth-service';
import { I18n } from '../../core/i18n/i18n';
import { LocalDatePipe } from '../../core/i18n/local-date-pipe';
import type { MessageId } from '../../core/i18n/message-id';
import { LocalNumberPipe } from '../../core/i18n/local-number-pipe';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { ApiErrorMessage } from '../../shared/api-error-message/api-error-message';
import { localName } from '../../shared/local-name/local-name';
import { ProcessDiagram } from '../../shared/process-diagram/process-diagram';
import { historyEntryText } from '../history-entry-text';
import { LiveEvents } from '../live-events';
import { ReferenceData } from '../reference-data';
import { TicketActions } from '../ticket-actions/ticket-actions';
import { TicketApi } from '../ticket-api';
import { channelLabel, historyKindLabel, ticketStatusLabel } from '../ticket-labels';

type Loading<T> = { readonly kind: 'loading' } | { readonly kind: 'loaded'; readonly value: T } | { readonly kind: 'failed'; readonly error: unknown } | { readonly kind: 'none' };

const ACTOR_KINDS = { staff: 'ticket.timeline.system', requester: 'ticket.timeline.requester', apiKey: 'ticket.timeline.apiKey', system: 'ticket.timeline.system' } as const;
/** Roles that read the org chart and priorities (requesters follow their requests on the portal). */
const STAFF_ROLES = ['operator', 'staff', 'supervisor', 'feedbackAgent', 'admin', 'auditor'] as const;

/**
 * One ticket for those who handle it: its facts and deadlines, the timeline of every action with
 * who (and in which post) and when, attachments and the call recording, its process path on the
 * diagram, and the actions the API allows now. Changes made elsewhere arrive live and reload it.
 */
@Component({
  selector: 'pk-ticket-page',
  imports: [ApiErrorMessage, LocalDatePipe, LocalNumberPipe, ProcessDiagram, TicketActions, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './ticket-page.html',
  styleUrl: './ticket-page.css',
})
export class TicketPage {
  /** Route parameter. */
  readonly id = input.required({ transform: numberAttribute });

  private readonly api = inject(TicketApi);
  private readonly reference = inject(ReferenceData);
  private readonly auth = inject(AuthService);
  protected readonly i18n = inject(I18n);

  protected readonly ticket = signal<Loading<TicketDetail>>({ kind: 'loading' });
  protected readonly path = signal<Loading<InstancePath>>({ kind: 'none' });
  protected readonly positions = signal<readonly OrgChartPosition[]>([]);
  protected readonly priorities = signal<readonly PriorityOption[]>([]);
  protected readonly catalogue = signal<CatalogueResponse | null>(null);
  protected readonly changedLive = signal(false);
  protected readonly statusLabel = ticketStatusLabel;
  protected readonly kindLabel = historyKindLabel;
  protected readonly channelLabel = channelLabel;
  protected readonly actorKinds = ACTOR_KINDS;

  protected readonly detail = computed(() => {
    const ticket = this.ticket();
    return ticket.kind === 'loaded' ? ticket.value : null;
  });
  /** Newest first: what happened last is what the reader looks for. */
  protected readonly timeline = computed(() => [...(this.detail()?.history ?? [])].reverse());
  protected readonly categoryPath = computed(() => {
    const detail = this.detail();
    const catalogue = this.catalogue();
    if (detail?.categoryId == null || catalogue === null) return null;
    const byId = new Map(catalogue.categories.map((category) => [category.id, category]));
    const names: string[] = [];
    for (let category = byId.get(detail.categoryId); category !== undefined && names.length < 5; category = category.parentId === null ? undefined : byId.get(category.parentId)) {
      names.unshift(localName(category, this.i18n.language()));
    }
    return names.length === 0 ? null : names.join(' › ');
  });
  protected readonly priority = computed(() => {
    const code = this.detail()?.priority;
    const found = this.priorities().find((priority) => priority.code === code);
    return found === undefined ? { name: code ?? '—', color: null } : { name: localName(found, this.i18n.language()), color: found.color };
  });

  constructor() {
    const live = inject(LiveEvents);
    live.listen('ticket.changed', (data) => {
      if ((data as LiveTicketChanged).ticketId !== this.id()) return;
      this.changedLive.set(true);
      void this.load(this.id());
    });
    // After a reconnection nothing is replayed: read the ticket again.
    live.listen('ready', () => {
      if (this.ticket().kind === 'loaded') void this.load(this.id());
    });
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
    effect(() => {
      const key = this.detail()?.processInstanceKey ?? null;
      const version = this.detail()?.version;
      untracked(() => void this.loadPath(key, version));
    });
    void this.loadReference();
  }

  protected positionName(positionId: number | null): string | null {
    if (positionId === null) return null;
    const position = this.positions().find((candidate) => candidate.id === positionId);
    return position === undefined ? `#${positionId}` : localName(position, this.i18n.language());
  }

  protected holders(ids: readonly number[]): string {
    return ids.map((id) => this.positionName(id)).join('، ');
  }

  protected actorName(entry: TicketHistoryEntry): string | null {
    return entry.actor.name;
  }

  protected lines(entry: TicketHistoryEntry): string[] {
    return historyEntryText(entry, {
      translate: (id, params) => this.i18n.translate(id, params),
      positionName: (id) => this.positionName(id) ?? '',
      dateTime: (iso) => this.i18n.formatDate(new Date(iso), 'dateTime'),
    });
  }

  protected slaClocks(sla: NonNullable<TicketDetail['sla']>): ReadonlyArray<{ readonly name: string; readonly label: MessageId; readonly value: SlaClockDto }> {
    return [
      { name: 'response', label: 'ticket.sla.response', value: sla.response },
      { name: 'resolution', label: 'ticket.sla.resolution', value: sla.resolution },
    ];
  }

  protected kilobytes(size: number): number {
    return Math.max(1, Math.round(size / 1024));
  }

  protected reload(): void {
    void this.load(this.id());
  }

  private async loadReference(): Promise<void> {
    this.catalogue.set(await this.reference.catalogue().catch(() => null));
    if (!this.auth.hasAnyRole(STAFF_ROLES)) return;
    const [orgChart, priorities] = await Promise.all([this.reference.orgChart().catch(() => null), this.reference.priorities().catch(() => null)]);
    this.positions.set(orgChart?.positions ?? []);
    this.priorities.set(priorities?.priorities ?? []);
  }

  private async load(id: number): Promise<void> {
    if (this.ticket().kind !== 'loaded') this.ticket.set({ kind: 'loading' });
    try {
      this.ticket.set({ kind: 'loaded', value: await this.api.ticket(id) });
    } catch (error) {
      this.ticket.set({ kind: 'failed', error });
    }
  }

  private async loadPath(key: string | null, _version: number | undefined): Promise<void> {
    if (key === null) {
      this.path.set({ kind: 'none' });
      return;
    }
    if (this.path().kind !== 'loaded') this.path.set({ kind: 'loading' });
    try {
      this.path.set({ kind: 'loaded', value: await this.api.path(key) });
    } catch (error) {
      this.path.set({ kind: 'failed', error });
    }
  }
}
