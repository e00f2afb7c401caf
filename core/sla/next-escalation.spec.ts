import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createBusinessCalendar } from '../calendar/business-calendar.js';
import { iranianCalendarDefinition } from '../calendar/iranian-calendar-definition.js';
import { atTehran as at } from '../calendar/test-support/at-tehran.js';
import { act, registered, registeredAndRouted } from '../tickets/test-support/ticket-actions.js';
import type { TicketAction } from '../tickets/ticket-action.js';
import { validateEscalationPolicy, type EscalationPolicy } from './escalation-policy.js';
import { nextEscalation } from './next-escalation.js';

const calendar = createBusinessCalendar(iranianCalendarDefinition());
const target = { responseMinutes: 60, resolutionMinutes: 480 };
const policy: EscalationPolicy = { clock: 'resolution', firstAfterMinutes: 0, repeatEveryMinutes: 120, maxEscalations: 3 };
const next = (history: TicketAction[], overrides: Partial<EscalationPolicy> = {}) => nextEscalation({ policy: { ...policy, ...overrides }, history, calendar, target });
const escalated = (time: string, level: number) => act('escalated', at(time), { toPositionIds: [`level-${level}`], level });
const base = [...registeredAndRouted(at('1403/08/26 10:00')), act('started', at('1403/08/26 10:10'))];

describe('nextEscalation', () => {
  it('given a fresh ticket, when asked, then the first escalation is when the resolution target passes', () => {
    assert.deepEqual(next(base), { at: at('1403/08/27 10:00'), level: 1 });
  });

  it('given a delay after the target, when asked, then the first escalation comes that much later', () => {
    assert.deepEqual(next(base, { firstAfterMinutes: 60 }), { at: at('1403/08/27 11:00'), level: 1 });
  });

  it('given one escalation done, when asked, then the next is the repeat interval further in business time', () => {
    assert.deepEqual(next([...base, escalated('1403/08/27 10:00', 1)]), { at: at('1403/08/27 12:00'), level: 2 });
    assert.deepEqual(next([...base, escalated('1403/08/27 10:00', 1), escalated('1403/08/27 12:00', 2)]), { at: at('1403/08/27 14:00'), level: 3 });
  });

  it('given a repeat that crosses the end of the day, when asked, then it continues the next working morning', () => {
    const history = [...base, escalated('1403/08/27 10:00', 1), escalated('1403/08/27 12:00', 2)];
    assert.deepEqual(next(history, { repeatEveryMinutes: 300 }), { at: at('1403/08/28 12:00'), level: 3 });
  });

  it('given the escalations used up, when asked, then there is none', () => {
    assert.equal(next([...base, escalated('1403/08/27 10:00', 3)]), null);
    assert.equal(next(base, { maxEscalations: 0 }), null);
  });

  it('given a resolved ticket, when asked, then there is none', () => {
    assert.equal(next([...base, act('resolved', at('1403/08/28 09:00'), { resolution: '', byPositionId: null })]), null);
  });

  it('given a ticket waiting for information, when asked, then there is none until it resumes', () => {
    assert.equal(next([...base, act('informationRequested', at('1403/08/26 11:00'), { question: '?' })]), null);
  });

  it('given a postponed ticket, when asked, then the escalation is projected from the postponement date', () => {
    const history = [...base, act('postponed', at('1403/08/26 11:00'), { until: at('1403/08/28 10:00'), reason: '' })];
    assert.deepEqual(next(history), { at: at('1403/08/29 09:00'), level: 1 });
  });

  it('given the response clock, when asked before the first start, then it escalates when the response target passes', () => {
    assert.deepEqual(next([registered(at('1403/08/26 10:00'))], { clock: 'response' }), { at: at('1403/08/26 11:00'), level: 1 });
    assert.equal(next(base, { clock: 'response' }), null, 'the first start stopped the response clock');
  });

  it('given a manual escalation to level 2, when asked, then the automatic ones continue from level 3', () => {
    assert.deepEqual(next([...base, escalated('1403/08/26 12:00', 2)]), { at: at('1403/08/27 14:00'), level: 3 });
  });

  it('given an empty history, when asked, then there is none', () => {
    assert.equal(next([]), null);
  });
});

describe('validateEscalationPolicy', () => {
  it('given nonsense minutes, when validated, then each field is reported', () => {
    assert.deepEqual(validateEscalationPolicy(policy), []);
    assert.deepEqual(
      validateEscalationPolicy({ clock: 'resolution', firstAfterMinutes: -1, repeatEveryMinutes: 0, maxEscalations: -2 }).map((p) => p.field),
      ['firstAfterMinutes', 'repeatEveryMinutes', 'maxEscalations'],
    );
  });
});
