import { PATH_MARKERS, diagramMarkers } from './diagram-path';

describe('diagramMarkers', () => {
  it('given an element done before and waiting again, and two incidents on one element, when marked, then it carries both markers and the incident marker once', () => {
    const markers = diagramMarkers({
      completedElementIds: ['Start', 'Task_handle'],
      activeElementIds: ['Task_handle'],
      takenFlowIds: ['Flow_1'],
      incidents: [
        { elementId: 'Task_route', message: 'no rule' },
        { elementId: 'Task_route', message: 'again' },
      ],
    });
    expect(markers).toEqual([
      { elementId: 'Start', marker: PATH_MARKERS.completed },
      { elementId: 'Task_handle', marker: PATH_MARKERS.completed },
      { elementId: 'Flow_1', marker: PATH_MARKERS.flow },
      { elementId: 'Task_handle', marker: PATH_MARKERS.active },
      { elementId: 'Task_route', marker: PATH_MARKERS.incident },
    ]);
  });

  it('given elements cut short, when marked, then they are greyed, and a path without them (older callers) still works', () => {
    const base = { completedElementIds: [], activeElementIds: [], takenFlowIds: [], incidents: [] };
    expect(diagramMarkers({ ...base, terminatedElementIds: ['Timer'] })).toEqual([{ elementId: 'Timer', marker: PATH_MARKERS.terminated }]);
    expect(diagramMarkers(base)).toEqual([]);
  });
});
