import { ChangeDetectionStrategy, Component, computed, effect, inject, input, numberAttribute, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { AuditTicketDetail } from '../../../contract/audit';
import type { InstancePath, PathStep } from '../../../contract/processes';
import { I18n } from '../../core/i18n/i18n';
import { LocalDatePipe } from '../../core/i18n/local-date-pipe';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { ApiErrorMessage } from '../../shared/api-error-message/api-error-message';
import { Icon } from '../../shared/icon/icon';
import { ProcessDiagram } from '../../shared/process-diagram/process-diagram';
import { AuditApi } from '../audit-api';
import { elementNames } from '../element-names';
import { statusLabel } from '../status-label';

type Loading<T> = { readonly kind: 'loading' } | { readonly kind: 'loaded'; readonly value: T } | { readonly kind: 'failed'; readonly error: unknown } | { readonly kind: 'none' };

/** Which of the ticket's process instances the diagram shows. */
type Instance = 'lifecycle' | 'feedback';

const STEP_KINDS: Readonly<Record<PathStep['kind'], 'audit.step.activated' | 'audit.step.completed' | 'audit.step.terminated' | 'audit.step.flowTaken' | 'audit.step.incident' | 'audit.step.incidentResolved'>> = {
  activated: 'audit.step.activated',
  completed: 'audit.step.completed',
  terminated: 'audit.step.terminated',
  flowTaken: 'audit.step.flowTaken',
  incident: 'audit.step.incident',
  incidentResolved: 'audit.step.incidentResolved',
};

const ACTOR_KINDS = { staff: 'audit.actor.staff', requester: 'audit.actor.requester', apiKey: 'audit.actor.apiKey', system: 'audit.actor.system' } as const;

/**
 * One ticket as an auditor reads it: its facts, its process path on the diagram (with the steps
 * the engine recorded), its whole action log, and the log as CSV or Excel.
 */
@Component({
  selector: 'pk-audit-ticket-page',
  imports: [ApiErrorMessage, Icon, LocalDatePipe, ProcessDiagram, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-ticket-page.html',
  styleUrl: './audit-ticket-page.css',
})
export class AuditTicketPage {
  /** Route parameter. */
  readonly id = input.required({ transform: numberAttribute });

  private readonly api = inject(AuditApi);
  protected readonly i18n = inject(I18n);

  protected readonly ticket = signal<Loading<AuditTicketDetail>>({ kind: 'loading' });
  protected readonly path = signal<Loading<InstancePath>>({ kind: 'none' });
  protected readonly instance = signal<Instance>('lifecycle');
  protected readonly focus = signal<string | null>(null);
  protected readonly statusLabel = statusLabel;
  protected readonly stepKinds = STEP_KINDS;
  protected readonly actorKinds = ACTOR_KINDS;

  private readonly detail = computed(() => {
    const ticket = this.ticket();
    return ticket.kind === 'loaded' ? ticket.value : null;
  });
  protected readonly hasFeedback = computed(() => this.detail()?.ticket.feedbackProcessInstanceKey != null);
  protected readonly names = computed(() => {
    const path = this.path();
    return path.kind === 'loaded' ? elementNames(path.value.xml) : new Map<string, string>();
  });
  /** Steps of elements (flows left out), newest first: what the engine recorded, with who and when. */
  protected readonly steps = computed(() => {
    const path = this.path();
    return path.kind === 'loaded' ? path.value.steps.filter((step) => step.kind !== 'flowTaken').reverse() : [];
  });

  constructor() {
    // Reload when the ticket or the language changes: the log's sentences come from the server in the page's language.
    effect(() => {
      const id = this.id();
      this.i18n.language();
      untracked(() => void this.load(id));
    });
    effect(() => {
      const detail = this.detail();
      const instance = this.instance();
      untracked(() => void this.loadPath(detail, instance));
    });
  }

  protected exportUrl(format: 'csv' | 'xlsx'): string {
    return this.api.exportUrl(this.id(), format, this.i18n.language());
  }

  protected showInstance(instance: Instance): void {
    this.focus.set(null);
    this.instance.set(instance);
  }

  protected focusStep(step: PathStep): void {
    this.focus.set(this.focus() === step.elementId ? null : step.elementId);
  }

  protected categoryPath(detail: AuditTicketDetail): string | null {
    const category = detail.ticket.category;
    if (category === null) return null;
    return this.i18n.language() === 'fa' ? category.pathFa : category.pathEn;
  }

  protected position(action: AuditTicketDetail['actions'][number]): string | null {
    return this.i18n.language() === 'fa' ? action.actor.positionFa : action.actor.positionEn;
  }

  private async load(id: number): Promise<void> {
    if (this.ticket().kind !== 'loaded') this.ticket.set({ kind: 'loading' });
    try {
      this.ticket.set({ kind: 'loaded', value: await this.api.ticket(id) });
    } catch (error) {
      this.ticket.set({ kind: 'failed', error });
    }
  }

  private async loadPath(detail: AuditTicketDetail | null, instance: Instance): Promise<void> {
    const key = detail === null ? null : instance === 'feedback' ? detail.ticket.feedbackProcessInstanceKey : detail.ticket.processInstanceKey;
    if (key === null) {
      this.path.set({ kind: 'none' });
      return;
    }
    const current = this.path();
    if (current.kind === 'loaded' && current.value.processInstanceKey === key) return;
    this.path.set({ kind: 'loading' });
    try {
      this.path.set({ kind: 'loaded', value: await this.api.path(key) });
    } catch (error) {
      this.path.set({ kind: 'failed', error });
    }
  }
}
