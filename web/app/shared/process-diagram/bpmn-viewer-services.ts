/** The few diagram-js services the diagram and the designer use, typed as narrowly as they are used. */
export interface DiagramElement {
  readonly id: string;
  readonly type: string;
  readonly businessObject?: { readonly name?: string };
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What `canvas.viewbox()` answers: the visible box of the diagram, its scale, the diagram's bounds (`inner`) and the container's size (`outer`). */
export interface Viewbox extends Box {
  readonly scale: number;
  readonly inner: Box;
  readonly outer: { readonly width: number; readonly height: number };
}

export interface Canvas {
  viewbox(box?: Box): Viewbox;
  addMarker(element: string | DiagramElement, marker: string): void;
  removeMarker(element: string | DiagramElement, marker: string): void;
  zoom(level?: number | 'fit-viewport', center?: 'auto' | { x: number; y: number }): number;
  scrollToElement(element: string | DiagramElement, padding?: number): void;
  resized(): void;
}

export interface Overlays {
  add(element: string | DiagramElement, type: string, overlay: { position: { top?: number; left?: number; right?: number; bottom?: number }; html: HTMLElement }): string;
  remove(filter: { type?: string; element?: string | DiagramElement }): void;
}

export interface ElementRegistry {
  get(id: string): DiagramElement | undefined;
}

export interface EventBus {
  fire(event: string): void;
}

export interface Selection {
  select(element: DiagramElement): void;
}

/** A bpmn-js viewer or modeler as this app drives it. */
export interface BpmnDiagram {
  importXML(xml: string): Promise<{ warnings: unknown[] }>;
  get(service: 'canvas'): Canvas;
  get(service: 'overlays'): Overlays;
  get(service: 'elementRegistry'): ElementRegistry;
  get(service: 'selection'): Selection;
  get(service: 'eventBus'): EventBus;
  destroy(): void;
}
