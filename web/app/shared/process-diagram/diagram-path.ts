/**
 * What `<pk-process-diagram>` draws on a diagram: the subset of an `InstancePath` (web/contract/processes.ts)
 * it reads, so that the answer of `GET /api/processes/instances/:key/path` can be passed as it is.
 */
export interface DiagramPath {
  readonly completedElementIds: readonly string[];
  readonly activeElementIds: readonly string[];
  readonly terminatedElementIds?: readonly string[];
  readonly takenFlowIds: readonly string[];
  readonly incidents: ReadonlyArray<{ readonly elementId: string; readonly message: string }>;
}

/** CSS classes bpmn-js puts on marked elements (styled in bpmn-viewer.css). */
export const PATH_MARKERS = {
  completed: 'pk-path-completed',
  active: 'pk-path-active',
  terminated: 'pk-path-terminated',
  incident: 'pk-path-incident',
  flow: 'pk-path-flow',
  focus: 'pk-path-focus',
} as const;

export type PathMarker = (typeof PATH_MARKERS)[keyof typeof PATH_MARKERS];

/** Which marker goes on which element; an element can carry several (done before, active again now). */
export function diagramMarkers(path: DiagramPath): Array<{ readonly elementId: string; readonly marker: PathMarker }> {
  return [
    ...path.completedElementIds.map((elementId) => ({ elementId, marker: PATH_MARKERS.completed })),
    ...(path.terminatedElementIds ?? []).map((elementId) => ({ elementId, marker: PATH_MARKERS.terminated })),
    ...path.takenFlowIds.map((elementId) => ({ elementId, marker: PATH_MARKERS.flow })),
    ...path.activeElementIds.map((elementId) => ({ elementId, marker: PATH_MARKERS.active })),
    ...[...new Set(path.incidents.map((incident) => incident.elementId))].map((elementId) => ({ elementId, marker: PATH_MARKERS.incident })),
  ];
}
