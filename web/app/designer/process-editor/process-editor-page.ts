import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, DOCUMENT, DestroyRef, type ElementRef, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { DeployRejection, DeployResponse, LintProblem } from '../../../contract/processes';
import { ApiError } from '../../core/api/api-error';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { ApiErrorMessage } from '../../shared/api-error-message/api-error-message';
import { Icon } from '../../shared/icon/icon';
import { blankProcessXml, newProcessId } from '../blank-process';
import { BpmnModeler } from '../bpmn-modeler/bpmn-modeler';
import { DesignerApi } from '../designer-api';
import { downloadText } from '../download-text';
import { LintPanel } from '../lint-panel/lint-panel';
import { processFacts, type ProcessFacts } from './process-facts';

type Opening = { readonly kind: 'loading' } | { readonly kind: 'open'; readonly xml: string } | { readonly kind: 'failed'; readonly error: unknown };

type Deployment =
  | { readonly kind: 'idle' }
  | { readonly kind: 'deploying' }
  | { readonly kind: 'deployed'; readonly answer: DeployResponse }
  | { readonly kind: 'rejected'; readonly rejection: DeployRejection }
  | { readonly kind: 'failed'; readonly error: unknown };

/** How long typing may pause before the model is checked again. */
const LINT_DELAY_MS = 600;

function isRejection(body: unknown): body is DeployRejection {
  return typeof body === 'object' && body !== null && Array.isArray((body as { problems?: unknown }).problems) && typeof (body as { code?: unknown }).code === 'string';
}

/**
 * The designer's editor: one deployed version (or a new blank process) in the modeler, checked with
 * the Camunda rules as it changes, deployed as a new version after a confirmation, downloadable
 * as XML. Leaving with changes not deployed asks first.
 */
@Component({
  selector: 'pk-process-editor-page',
  imports: [ApiErrorMessage, BpmnModeler, Icon, LintPanel, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './process-editor-page.html',
  styleUrl: './process-editor-page.css',
  host: { '(window:beforeunload)': 'warnBeforeUnload($event)' },
})
export class ProcessEditorPage {
  /** Route parameters; both absent for a new process. */
  readonly processId = input<string>();
  readonly version = input<string>();

  private readonly api = inject(DesignerApi);
  private readonly i18n = inject(I18n);
  private readonly location = inject(Location);
  private readonly document = inject(DOCUMENT);
  private readonly modeler = viewChild(BpmnModeler);
  private readonly confirmDialog = viewChild<ElementRef<HTMLDialogElement>>('confirmDialog');

  protected readonly opening = signal<Opening>({ kind: 'loading' });
  /** The version opened, or null for a new process; becomes the deployed one after a deployment. */
  protected readonly openedVersion = signal<number | null>(null);
  protected readonly facts = signal<ProcessFacts | null>(null);
  protected readonly dirty = signal(false);
  protected readonly checking = signal(false);
  protected readonly problems = signal<readonly LintProblem[]>([]);
  protected readonly platformVersion = signal<string | null>(null);
  protected readonly lintError = signal<unknown>(null);
  protected readonly deployment = signal<Deployment>({ kind: 'idle' });
  protected readonly deployed = computed(() => {
    const deployment = this.deployment();
    return deployment.kind === 'deployed' ? deployment.answer : null;
  });
  protected readonly rejection = computed(() => {
    const deployment = this.deployment();
    return deployment.kind === 'rejected' ? deployment.rejection : null;
  });
  protected readonly deployError = computed(() => {
    const deployment = this.deployment();
    return deployment.kind === 'failed' ? deployment.error : null;
  });
  protected readonly errorCount = computed(() => this.problems().filter((problem) => problem.severity === 'error').length);
  protected readonly canDeploy = computed(() => this.opening().kind === 'open' && !this.checking() && this.errorCount() === 0 && this.lintError() === null && this.deployment().kind !== 'deploying');

  /** The XML as last opened or deployed: changes are measured against it. */
  private baseline: string | undefined;
  private lintTimer: ReturnType<typeof setTimeout> | undefined;
  private lintRun = 0;

  constructor() {
    effect(() => {
      const processId = this.processId();
      const version = this.version();
      untracked(() => void this.openVersion(processId, version));
    });
    inject(DestroyRef).onDestroy(() => clearTimeout(this.lintTimer));
  }

  /** For the unsaved-changes guard: true when nothing would be lost, or the user agrees to lose it. */
  confirmLeave(): boolean {
    return !this.dirty() || (this.document.defaultView?.confirm(this.i18n.translate('designer.editor.leaveConfirm')) ?? true);
  }

  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (!this.dirty()) return;
    event.preventDefault();
    // Older browsers show the prompt only when returnValue is set.
    event.returnValue = '';
  }

  protected async modelOpened(): Promise<void> {
    const modeler = this.modeler();
    if (modeler === undefined) return;
    this.baseline = await modeler.currentXml();
    this.dirty.set(false);
    this.facts.set(processFacts(this.baseline));
    await this.check();
  }

  protected modelChanged(): void {
    this.dirty.set(true);
    if (this.deployment().kind === 'deployed' || this.deployment().kind === 'rejected') this.deployment.set({ kind: 'idle' });
    clearTimeout(this.lintTimer);
    this.checking.set(true);
    this.lintTimer = setTimeout(() => void this.check(), LINT_DELAY_MS);
  }

  protected pickElement(elementId: string): void {
    this.modeler()?.selectElement(elementId);
  }

  protected async downloadXml(): Promise<void> {
    const modeler = this.modeler();
    if (modeler === undefined) return;
    const xml = await modeler.currentXml();
    const id = processFacts(xml)?.bpmnProcessId ?? 'process';
    downloadText(this.document, `${id}.bpmn`, xml);
  }

  protected askToDeploy(): void {
    if (!this.canDeploy()) return;
    this.confirmDialog()?.nativeElement.showModal();
  }

  protected cancelDeploy(): void {
    this.confirmDialog()?.nativeElement.close();
  }

  protected async deploy(): Promise<void> {
    this.confirmDialog()?.nativeElement.close();
    const modeler = this.modeler();
    if (modeler === undefined) return;
    this.deployment.set({ kind: 'deploying' });
    try {
      const xml = await modeler.currentXml();
      const answer = await this.api.deploy({ xml });
      this.baseline = xml;
      this.dirty.set(false);
      this.openedVersion.set(answer.version);
      this.facts.set(processFacts(xml));
      this.problems.set(answer.warnings);
      this.deployment.set({ kind: 'deployed', answer });
      // The address now names the version on screen, without opening it again.
      this.location.replaceState(`/designer/${encodeURIComponent(answer.bpmnProcessId)}/${answer.version}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 422 && isRejection(error.body)) {
        this.problems.set(error.body.problems);
        this.deployment.set({ kind: 'rejected', rejection: error.body });
      } else {
        this.deployment.set({ kind: 'failed', error });
      }
    }
  }

  protected retryOpening(): void {
    void this.openVersion(this.processId(), this.version());
  }

  private async openVersion(processId: string | undefined, version: string | undefined): Promise<void> {
    this.deployment.set({ kind: 'idle' });
    this.problems.set([]);
    this.lintError.set(null);
    if (processId === undefined || version === undefined) {
      this.openedVersion.set(null);
      this.opening.set({ kind: 'open', xml: blankProcessXml(newProcessId(), this.i18n.translate('designer.new.defaultName')) });
      return;
    }
    this.opening.set({ kind: 'loading' });
    try {
      const found = await this.api.version(processId, Number(version));
      this.openedVersion.set(found.version);
      this.opening.set({ kind: 'open', xml: found.xml });
    } catch (error) {
      this.opening.set({ kind: 'failed', error });
    }
  }

  /** Checks the model as it is now; answers to older checks are dropped. */
  private async check(): Promise<void> {
    const modeler = this.modeler();
    if (modeler === undefined) return;
    const run = ++this.lintRun;
    this.checking.set(true);
    try {
      const xml = await modeler.currentXml();
      if (run !== this.lintRun) return;
      this.dirty.set(xml !== this.baseline);
      this.facts.set(processFacts(xml) ?? this.facts());
      const answer = await this.api.lint(xml);
      if (run !== this.lintRun) return;
      this.problems.set(answer.problems);
      this.platformVersion.set(answer.platformVersion);
      this.lintError.set(null);
    } catch (error) {
      if (run === this.lintRun) this.lintError.set(error);
    } finally {
      if (run === this.lintRun) this.checking.set(false);
    }
  }
}
