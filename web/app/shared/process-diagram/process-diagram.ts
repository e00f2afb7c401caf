import { ChangeDetectionStrategy, Component, DOCUMENT, DestroyRef, type ElementRef, afterNextRender, computed, effect, inject, input, signal, viewChild } from '@angular/core';
import { I18n } from '../../core/i18n/i18n';
import type { Language } from '../../core/i18n/language';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../icon/icon';
import type { BpmnDiagram } from './bpmn-viewer-services';
import { PATH_MARKERS, diagramMarkers, type DiagramPath } from './diagram-path';
import { loadStylesheet } from './load-stylesheet';

interface DrawRequest {
  readonly xml: string;
  readonly path: DiagramPath | null;
  readonly focus: string | null;
  readonly language: Language;
}

const OVERLAY_TYPE = 'pk-path';
const ZOOM_STEP = 1.25;

/**
 * A BPMN diagram (bpmn-js's NavigatedViewer: drag to pan, wheel to zoom, or the buttons) with the
 * path of one instance on it. Loaded lazily: bpmn-js and its styles arrive the first time a diagram
 * is shown. The canvas stays left to right in Persian pages; the legend follows the page.
 *
 * Inputs:
 * - `xml` (required): the BPMN XML of the version the instance runs on (`InstancePath.xml`).
 * - `path`: what to mark, usually the `InstancePath` from `GET /api/processes/instances/:key/path`
 *   as it is: completed elements and taken flows in green, where tokens wait now in blue with a
 *   «اکنون» badge, elements cut short in grey, open incidents in red with their message. `null`
 *   draws the bare diagram.
 * - `label`: the accessible name of the diagram («نمودار فرایند» by default).
 * - `focusElementId`: an element to outline and scroll into view (a step picked in a timeline).
 *
 * Size it from the outside (`pk-process-diagram { block-size: 32rem }`); the default is 28rem.
 */
@Component({
  selector: 'pk-process-diagram',
  imports: [Icon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './process-diagram.html',
  styleUrl: './process-diagram.css',
})
export class ProcessDiagram {
  readonly xml = input.required<string>();
  readonly path = input<DiagramPath | null>(null);
  readonly label = input<string | null>(null);
  readonly focusElementId = input<string | null>(null);

  private readonly i18n = inject(I18n);
  private readonly document = inject(DOCUMENT);
  private readonly canvasElement = viewChild.required<ElementRef<HTMLDivElement>>('canvas');

  protected readonly state = signal<'loading' | 'ready' | 'failed'>('loading');
  /** Names of the elements where tokens wait, for the text that screen readers get. */
  private readonly activeNames = signal<readonly string[]>([]);
  protected readonly incidentCount = computed(() => new Set(this.path()?.incidents.map((incident) => incident.elementId)).size);
  protected readonly summary = computed(() => {
    const path = this.path();
    if (path === null || this.state() !== 'ready') return '';
    const names = this.activeNames();
    return names.length === 0 ? this.i18n.translate('processDiagram.summary.none') : this.i18n.translate('processDiagram.summary', { steps: names.join(this.i18n.language() === 'fa' ? '، ' : ', ') });
  });

  private viewer: BpmnDiagram | undefined;
  private readonly viewerReady = signal(false);
  private importedXml: string | undefined;
  private marked: Array<{ elementId: string; marker: string }> = [];
  private queue: Promise<void> = Promise.resolve();
  private destroyed = false;
  private resizeObserver: ResizeObserver | undefined;

  constructor() {
    afterNextRender(() => void this.createViewer());
    effect(() => {
      if (!this.viewerReady()) return;
      const request: DrawRequest = { xml: this.xml(), path: this.path(), focus: this.focusElementId(), language: this.i18n.language() };
      // One drawing at a time, in the order asked: an import must finish before its markers go on.
      this.queue = this.queue.then(() => this.draw(request));
    });
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.resizeObserver?.disconnect();
      this.viewer?.destroy();
      this.viewer = undefined;
    });
  }

  protected zoomIn(): void {
    const canvas = this.viewer?.get('canvas');
    canvas?.zoom(canvas.zoom() * ZOOM_STEP);
  }

  protected zoomOut(): void {
    const canvas = this.viewer?.get('canvas');
    canvas?.zoom(canvas.zoom() / ZOOM_STEP);
  }

  protected fit(): void {
    this.viewer?.get('canvas').zoom('fit-viewport', 'auto');
  }

  private async createViewer(): Promise<void> {
    try {
      const [, { default: NavigatedViewer }] = await Promise.all([loadStylesheet(this.document, 'bpmn-viewer.css'), import('bpmn-js/lib/NavigatedViewer')]);
      if (this.destroyed) return;
      const container = this.canvasElement().nativeElement;
      this.viewer = new NavigatedViewer({ container }) as unknown as BpmnDiagram;
      if (typeof ResizeObserver !== 'undefined') {
        this.resizeObserver = new ResizeObserver(() => this.viewer?.get('canvas').resized());
        this.resizeObserver.observe(container);
      }
      this.viewerReady.set(true);
    } catch {
      // No SVG layout (a test DOM) or the chunk could not load: say so instead of drawing half.
      this.state.set('failed');
    }
  }

  private async draw(request: DrawRequest): Promise<void> {
    const viewer = this.viewer;
    if (viewer === undefined || this.destroyed) return;
    try {
      if (request.xml !== this.importedXml) {
        this.state.set('loading');
        this.importedXml = undefined;
        this.marked = [];
        await viewer.importXML(request.xml);
        if (this.destroyed) return;
        this.importedXml = request.xml;
        viewer.get('canvas').zoom('fit-viewport', 'auto');
      }
      this.mark(viewer, request);
      this.state.set('ready');
    } catch {
      this.importedXml = undefined;
      this.state.set('failed');
    }
  }

  /** Takes the previous markers and badges off and puts the path's on. */
  private mark(viewer: BpmnDiagram, { path, focus }: DrawRequest): void {
    const canvas = viewer.get('canvas');
    const overlays = viewer.get('overlays');
    const registry = viewer.get('elementRegistry');
    for (const { elementId, marker } of this.marked) canvas.removeMarker(elementId, marker);
    overlays.remove({ type: OVERLAY_TYPE });
    const wanted = [...(path === null ? [] : diagramMarkers(path)), ...(focus === null ? [] : [{ elementId: focus, marker: PATH_MARKERS.focus }])];
    this.marked = wanted.filter(({ elementId }) => registry.get(elementId) !== undefined);
    for (const { elementId, marker } of this.marked) canvas.addMarker(elementId, marker);
    const active = (path?.activeElementIds ?? []).filter((id) => registry.get(id) !== undefined);
    for (const elementId of active) {
      overlays.add(elementId, OVERLAY_TYPE, { position: { top: -12, right: 12 }, html: this.badge('pk-diagram-badge now', this.i18n.translate('processDiagram.now'), null) });
    }
    for (const incident of path?.incidents ?? []) {
      if (registry.get(incident.elementId) === undefined) continue;
      overlays.add(incident.elementId, OVERLAY_TYPE, { position: { bottom: 12, left: -12 }, html: this.badge('pk-diagram-badge incident', '!', incident.message) });
    }
    this.activeNames.set(active.map((id) => registry.get(id)?.businessObject?.name?.trim() || id));
    if (focus !== null && registry.get(focus) !== undefined) canvas.scrollToElement(focus);
  }

  /** A badge drawn over an element; its text is set as text, never as markup (incident messages come from outside). */
  private badge(className: string, text: string, title: string | null): HTMLElement {
    const badge = this.document.createElement('span');
    badge.className = className;
    badge.textContent = text;
    if (title !== null) {
      badge.title = title;
      badge.setAttribute('aria-label', title);
    }
    return badge;
  }
}
