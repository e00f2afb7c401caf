import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildHistory } from './build-history.js';
import type { RestElementInstance, RestIncident } from './rest-types.js';

function element(key: string, elementId: string, type: RestElementInstance['type'], state: RestElementInstance['state'], startDate: string, endDate?: string): RestElementInstance {
  return {
    elementInstanceKey: key,
    elementId,
    elementName: elementId,
    type,
    state,
    startDate,
    ...(endDate ? { endDate } : {}),
    processDefinitionId: 'ticket-lifecycle',
    processInstanceKey: '100',
    processDefinitionKey: '1',
    hasIncident: false,
    tenantId: '<default>',
  } as RestElementInstance;
}

describe('buildHistory', () => {
  it('tells when each element began and ended, in time order, activation before completion at the same instant', () => {
    const history = buildHistory(
      '100',
      [
        element('102', 'Review', 'USER_TASK', 'ACTIVE', '2026-11-23T10:00:01.000Z'),
        element('101', 'Start', 'START_EVENT', 'COMPLETED', '2026-11-23T10:00:00.000Z', '2026-11-23T10:00:00.000Z'),
        element('103', 'Timer', 'BOUNDARY_EVENT', 'TERMINATED', '2026-11-23T10:00:01.000Z', '2026-11-23T10:00:05.000Z'),
      ],
      [],
    );
    assert.deepEqual(
      history.map((e) => [e.kind, e.elementId, e.at.toISOString()]),
      [
        ['ELEMENT_ACTIVATED', 'Start', '2026-11-23T10:00:00.000Z'],
        ['ELEMENT_COMPLETED', 'Start', '2026-11-23T10:00:00.000Z'],
        ['ELEMENT_ACTIVATED', 'Review', '2026-11-23T10:00:01.000Z'],
        ['ELEMENT_ACTIVATED', 'Timer', '2026-11-23T10:00:01.000Z'],
        ['ELEMENT_TERMINATED', 'Timer', '2026-11-23T10:00:05.000Z'],
      ],
    );
    assert.equal(history[2]?.elementType, 'USER_TASK');
    assert.equal(new Set(history.map((e) => e.key)).size, history.length, 'keys are unique');
  });

  it('places incidents with their message', () => {
    const incident = {
      incidentKey: '900',
      processInstanceKey: '100',
      elementId: 'SendSms',
      elementInstanceKey: '104',
      errorType: 'JOB_NO_RETRIES',
      errorMessage: 'gateway down',
      creationTime: '2026-11-23T10:01:00.000Z',
      state: 'ACTIVE',
    } as unknown as RestIncident;
    const [created] = buildHistory('100', [], [incident]);
    assert.deepEqual([created?.kind, created?.elementId, created?.detail], ['INCIDENT_CREATED', 'SendSms', 'gateway down']);
  });
});
