import { ChangeDetectionStrategy, Component, DOCUMENT, DestroyRef, type ElementRef, afterNextRender, effect, inject, input, output, signal, untracked, viewChild } from '@angular/core';
import type { LintProblem } from '../../../contract/processes';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../shared/icon/icon';
import { loadStylesheet } from '../../shared/process-diagram/load-stylesheet';
import { createModeler, type ModelerInstance } from './create-modeler';
import { viewboxBeside } from './fit-beside';

const LINT_OVERLAY = 'pk-lint';
const MARKERS = { error: 'pk-lint-error', warning: 'pk-lint-warning' } as const;

/**
 * bpmn-js's Modeler with the Zeebe properties panel beside it: created when the component is shown,
 * attached to its two panes, destroyed with it. The canvas and the panel stay left to right in
 * Persian pages. The page gives it the XML to open and the lint problems to mark; it tells the page
 * when the model changed and hands the current XML out on request.
 */
@Component({
  selector: 'pk-bpmn-modeler',
  imports: [Icon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './bpmn-modeler.html',
  styleUrl: './bpmn-modeler-layout.css',
})
export class BpmnModeler {
  /** The model to open; opening another replaces the diagram (and its undo history). */
  readonly xml = input.required<string>();
  /** Marked on the canvas: a red or amber outline and a badge with the count, which selects the element. */
  readonly problems = input<readonly LintProblem[]>([]);
  /** The diagram finished opening (`xml` was imported). */
  readonly opened = output<void>();
  /** The user changed the model (any command, undo and redo included). */
  readonly changed = output<void>();
  /** The XML could not be opened. */
  readonly failedToOpen = output<void>();

  private readonly i18n = inject(I18n);
  private readonly document = inject(DOCUMENT);
  private readonly canvasElement = viewChild.required<ElementRef<HTMLDivElement>>('canvas');
  private readonly panelElement = viewChild.required<ElementRef<HTMLDivElement>>('panel');

  protected readonly state = signal<'loading' | 'ready' | 'failed'>('loading');
  private modeler: ModelerInstance | undefined;
  private readonly modelerReady = signal(false);
  private importedXml: string | undefined;
  private marked: Array<{ elementId: string; marker: string }> = [];
  private queue: Promise<void> = Promise.resolve();
  private destroyed = false;

  constructor() {
    afterNextRender(() => void this.create());
    effect(() => {
      if (!this.modelerReady()) return;
      const xml = this.xml();
      this.queue = this.queue.then(() => this.open(xml));
    });
    effect(() => {
      if (!this.modelerReady()) return;
      const problems = this.problems();
      this.queue = this.queue.then(() => this.mark(problems));
    });
    effect(() => {
      this.i18n.language();
      // The palette redraws itself in the new language; the context pad follows when it next opens.
      if (this.modelerReady()) untracked(() => this.modeler?.get('eventBus').fire('i18n.changed'));
    });
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.modeler?.destroy();
      this.modeler = undefined;
    });
  }

  /** The model as it is now, formatted as Camunda Modeler writes it. */
  async currentXml(): Promise<string> {
    if (this.modeler === undefined) throw new Error('the modeler is not open');
    const { xml } = await this.modeler.saveXML({ format: true });
    if (xml === undefined) throw new Error('the modeler produced no XML');
    return xml;
  }

  /** Selects an element (its properties show in the panel) and scrolls it into view. */
  selectElement(elementId: string): void {
    const modeler = this.modeler;
    const element = modeler?.get('elementRegistry').get(elementId);
    if (modeler === undefined || element === undefined) return;
    modeler.get('selection').select(element);
    modeler.get('canvas').scrollToElement(element, 120);
  }

  private async create(): Promise<void> {
    try {
      await Promise.all([loadStylesheet(this.document, 'bpmn-viewer.css'), loadStylesheet(this.document, 'bpmn-modeler.css')]);
      const modeler = await createModeler(this.canvasElement().nativeElement, this.panelElement().nativeElement, () => this.i18n.language());
      if (this.destroyed) {
        modeler.destroy();
        return;
      }
      modeler.on('commandStack.changed', (event) => {
        // Opening a diagram clears the undo history, which is not a change of the model.
        if (event.trigger !== 'clear') this.changed.emit();
      });
      this.modeler = modeler;
      this.modelerReady.set(true);
    } catch {
      this.state.set('failed');
      this.failedToOpen.emit();
    }
  }

  private async open(xml: string): Promise<void> {
    const modeler = this.modeler;
    if (modeler === undefined || this.destroyed || xml === this.importedXml) return;
    this.state.set('loading');
    try {
      this.marked = [];
      await modeler.importXML(xml);
      if (this.destroyed) return;
      this.importedXml = xml;
      this.fitDiagram(modeler);
      this.state.set('ready');
      this.opened.emit();
    } catch {
      this.importedXml = undefined;
      this.state.set('failed');
      this.failedToOpen.emit();
    }
  }

  /** Shows the whole diagram beside the palette. */
  private fitDiagram(modeler: ModelerInstance): void {
    const canvas = modeler.get('canvas');
    const container = this.canvasElement().nativeElement;
    const palette = container.querySelector('.djs-palette')?.getBoundingClientRect();
    const inset = palette === undefined ? 0 : Math.max(0, palette.right - container.getBoundingClientRect().left);
    const current = canvas.viewbox();
    if (current.inner.width === 0 || current.outer.width === 0) return;
    canvas.viewbox(viewboxBeside(current, inset));
  }

  private async mark(problems: readonly LintProblem[]): Promise<void> {
    const modeler = this.modeler;
    if (modeler === undefined || this.destroyed) return;
    const canvas = modeler.get('canvas');
    const overlays = modeler.get('overlays');
    const registry = modeler.get('elementRegistry');
    for (const { elementId, marker } of this.marked) canvas.removeMarker(elementId, marker);
    overlays.remove({ type: LINT_OVERLAY });
    this.marked = [];
    const byElement = new Map<string, LintProblem[]>();
    for (const problem of problems) if (problem.severity !== 'info') byElement.set(problem.elementId, [...(byElement.get(problem.elementId) ?? []), problem]);
    for (const [elementId, found] of byElement) {
      if (registry.get(elementId) === undefined) continue;
      const severity = found.some((problem) => problem.severity === 'error') ? 'error' : 'warning';
      canvas.addMarker(elementId, MARKERS[severity]);
      this.marked.push({ elementId, marker: MARKERS[severity] });
      overlays.add(elementId, LINT_OVERLAY, { position: { bottom: 10, left: -10 }, html: this.badge(elementId, severity, found) });
    }
  }

  private badge(elementId: string, severity: 'error' | 'warning', problems: readonly LintProblem[]): HTMLElement {
    const badge = this.document.createElement('button');
    badge.type = 'button';
    badge.className = `pk-lint-badge ${severity}`;
    badge.textContent = this.i18n.formatNumber(problems.length);
    // Messages are set as text, never as markup.
    badge.title = problems.map((problem) => problem.message).join('\n');
    badge.setAttribute('aria-label', badge.title);
    badge.dataset['elementId'] = elementId;
    badge.addEventListener('click', () => this.selectElement(elementId));
    return badge;
  }
}
