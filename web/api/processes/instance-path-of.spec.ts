import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HistoryEvent } from '../../../engine/history-event.js';
import type { Incident } from '../../../engine/incident.js';
import { instancePathOf } from './instance-path-of.js';

let key = 100;
function event(kind: HistoryEvent['kind'], elementId: string, elementInstanceKey: string | undefined, minute: number, elementType = 'task'): HistoryEvent {
  return { key: String(key++), kind, processInstanceKey: '1', elementInstanceKey, elementId, elementType, at: new Date(Date.UTC(2026, 10, 23, 6, minute)), actor: 'engine', variables: undefined, detail: undefined };
}

describe('instancePathOf', () => {
  it('given a loop back into a task that now waits, when drawn, then the task is both completed and active, and flows are listed once', () => {
    const path = instancePathOf(
      [
        event('ELEMENT_ACTIVATED', 'p', '1', 0, 'process'),
        event('ELEMENT_ACTIVATED', 'Start', '2', 0),
        event('ELEMENT_COMPLETED', 'Start', '2', 0),
        event('SEQUENCE_FLOW_TAKEN', 'Flow_a', undefined, 0, 'sequenceFlow'),
        event('ELEMENT_ACTIVATED', 'Handle', '3', 1),
        event('ELEMENT_COMPLETED', 'Handle', '3', 2),
        event('SEQUENCE_FLOW_TAKEN', 'Flow_back', undefined, 2, 'sequenceFlow'),
        event('ELEMENT_ACTIVATED', 'Handle', '4', 3),
      ],
      [],
    );
    assert.deepEqual(path.completedElementIds, ['Start', 'Handle']);
    assert.deepEqual(path.activeElementIds, ['Handle']);
    assert.deepEqual(path.takenFlowIds, ['Flow_a', 'Flow_back']);
    assert.equal(path.steps.length, 7, 'the process itself is no step');
  });

  it('given a task cut short by an interrupting timer, when drawn, then it is terminated and the timer completed', () => {
    const path = instancePathOf([event('ELEMENT_ACTIVATED', 'Handle', '3', 1), event('ELEMENT_TERMINATED', 'Handle', '3', 5), event('ELEMENT_ACTIVATED', 'Timer', '4', 5), event('ELEMENT_COMPLETED', 'Timer', '4', 5)], []);
    assert.deepEqual(path.terminatedElementIds, ['Handle']);
    assert.deepEqual(path.activeElementIds, []);
    assert.deepEqual(path.completedElementIds, ['Timer']);
  });

  it('given events out of order, when drawn, then steps follow time', () => {
    const later = event('ELEMENT_COMPLETED', 'Start', '2', 9);
    const earlier = event('ELEMENT_ACTIVATED', 'Start', '2', 1);
    assert.deepEqual(instancePathOf([later, earlier], []).steps.map((step) => step.kind), ['activated', 'completed']);
  });

  it('given an open incident, when drawn, then it is listed with its element', () => {
    const incident: Incident = { key: '9', type: 'JOB_NO_RETRIES', message: 'SMS gateway down', processInstanceKey: '1', bpmnProcessId: 'p', elementId: 'Send', elementInstanceKey: '5', jobKey: '6', state: 'ACTIVE', createdAt: new Date('2026-11-23T06:10:00Z') };
    assert.deepEqual(instancePathOf([], [incident]).incidents, [{ elementId: 'Send', type: 'JOB_NO_RETRIES', message: 'SMS gateway down', createdAt: '2026-11-23T06:10:00.000Z' }]);
  });
});
