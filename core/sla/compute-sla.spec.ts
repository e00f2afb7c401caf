import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createBusinessCalendar } from '../calendar/business-calendar.js';
import { iranianCalendarDefinition } from '../calendar/iranian-calendar-definition.js';
import { atTehran } from '../calendar/test-support/at-tehran.js';
import { act, registered, registeredAndRouted } from '../tickets/test-support/ticket-actions.js';
import type { TicketAction } from '../tickets/ticket-action.js';
import { computeSla } from './compute-sla.js';

// 1403/08/26 is a Saturday; 08/27 Sunday, 08/28 Monday, 08/29 Tuesday, 09/01 Thursday, 09/02 Friday.
const calendar = createBusinessCalendar(iranianCalendarDefinition());
const target = { responseMinutes: 60, resolutionMinutes: 480 };
const sla = (now: string, ...history: TicketAction[]) => computeSla({ history, calendar, target, now: atTehran(now) });
const at = atTehran;
const routed = (time: string) => act('routed', at(time), { target: { kind: 'positions', positionIds: ['network-expert'] }, ruleId: null });

describe('computeSla', () => {
  it('given a ticket just registered, when measured, then both clocks run from registration in business time', () => {
    const { response, resolution } = sla('1403/08/26 10:30', registered(at('1403/08/26 10:00')));
    assert.deepEqual(response, {
      targetMinutes: 60,
      state: 'running',
      dueAt: at('1403/08/26 11:00'),
      breached: false,
      consumedMinutes: 30,
      remainingMinutes: 30,
      pausedUntil: null,
      stoppedAt: null,
    });
    assert.equal(resolution.dueAt?.getTime(), at('1403/08/27 10:00').getTime(), '360 minutes on Saturday, 120 on Sunday');
  });

  it('given a ticket registered on Friday evening, when measured, then its clocks start on Saturday morning', () => {
    const { response } = sla('1403/09/02 21:00', registered(at('1403/09/02 20:00')));
    assert.equal(response.dueAt?.getTime(), at('1403/09/03 09:00').getTime());
    assert.equal(response.consumedMinutes, 0);
  });

  it('given a first start in time, when measured, then the response clock stopped and is met', () => {
    const { response } = sla('1403/08/26 13:00', registered(at('1403/08/26 10:00')), routed('1403/08/26 10:05'), act('started', at('1403/08/26 10:45')));
    assert.equal(response.state, 'stopped');
    assert.equal(response.stoppedAt?.getTime(), at('1403/08/26 10:45').getTime());
    assert.equal(response.breached, false);
    assert.equal(response.consumedMinutes, 45);
  });

  it('given a late first start, when measured, then the response is breached and stays so', () => {
    const { response } = sla('1403/08/27 13:00', ...registeredAndRouted(at('1403/08/26 10:00')), act('started', at('1403/08/26 11:30')));
    assert.equal(response.breached, true);
    assert.equal(response.remainingMinutes, -30);
    assert.equal(response.dueAt?.getTime(), at('1403/08/26 11:00').getTime());
  });

  it('given an unanswered ticket past its response deadline, when measured, then it is breached while running', () => {
    const { response } = sla('1403/08/26 11:01', registered(at('1403/08/26 10:00')));
    assert.equal(response.breached, true);
    assert.equal(response.state, 'running');
  });

  it('given a deadline at closing time, when measured in the evening without work, then it is breached though no business minute passed', () => {
    const { response } = sla('1403/08/26 17:00', ...registeredAndRouted(at('1403/08/26 15:00')), act('started', at('1403/08/26 15:30')));
    const resolution = sla('1403/08/26 17:00', registered(at('1403/08/26 08:00'))).resolution;
    assert.equal(response.breached, false);
    assert.equal(resolution.dueAt?.getTime(), at('1403/08/26 16:00').getTime());
    assert.equal(resolution.remainingMinutes, 0);
    assert.equal(resolution.breached, true);
  });

  it('given information requested and provided, when measured, then the wait does not count', () => {
    const history = [
      ...registeredAndRouted(at('1403/08/26 10:00')),
      act('started', at('1403/08/26 10:10')),
      act('informationRequested', at('1403/08/26 11:00'), { question: 'which office?' }),
      act('informationProvided', at('1403/08/27 09:00'), { answer: '304' }),
    ];
    const { resolution } = sla('1403/08/27 10:00', ...history);
    assert.equal(resolution.state, 'running');
    assert.equal(resolution.consumedMinutes, 60 + 60);
    assert.equal(resolution.dueAt?.getTime(), at('1403/08/27 16:00').getTime(), '60 before the question, 420 after the answer');
  });

  it('given a question not yet answered, when measured, then the clock is paused with no deadline and nothing is breached', () => {
    const history = [...registeredAndRouted(at('1403/08/26 10:00')), act('started', at('1403/08/26 10:10')), act('informationRequested', at('1403/08/26 11:00'), { question: '?' })];
    const { resolution } = sla('1403/08/29 12:00', ...history);
    assert.equal(resolution.state, 'paused');
    assert.equal(resolution.dueAt, null);
    assert.equal(resolution.breached, false);
    assert.equal(resolution.consumedMinutes, 60);
    assert.equal(resolution.remainingMinutes, 420);
    assert.equal(resolution.pausedUntil, null);
  });

  it('given a target overrun before a pause, when measured during the pause, then it is still breached', () => {
    const history = [...registeredAndRouted(at('1403/08/26 08:00')), act('started', at('1403/08/26 08:10')), act('informationRequested', at('1403/08/27 09:00'), { question: '?' })];
    const { resolution } = sla('1403/08/28 10:00', ...history);
    assert.equal(resolution.state, 'paused');
    assert.equal(resolution.dueAt?.getTime(), at('1403/08/26 16:00').getTime());
    assert.equal(resolution.breached, true);
  });

  describe('postponement', () => {
    const postponed = [
      ...registeredAndRouted(at('1403/08/26 10:00')),
      act('started', at('1403/08/26 10:10')),
      act('postponed', at('1403/08/26 11:00'), { until: at('1403/08/28 10:00'), reason: 'part on order' }),
    ];

    it('given a ticket postponed to Monday 10:00, when measured on Sunday, then it is paused and the deadline is projected from Monday', () => {
      const { resolution } = sla('1403/08/27 12:00', ...postponed);
      assert.equal(resolution.state, 'paused');
      assert.equal(resolution.pausedUntil?.getTime(), at('1403/08/28 10:00').getTime());
      assert.equal(resolution.consumedMinutes, 60);
      assert.equal(resolution.dueAt?.getTime(), at('1403/08/29 09:00').getTime(), '360 on Monday from 10:00, 60 on Tuesday');
    });

    it('given the postponement date has passed without any action, when measured, then the clock has resumed by itself', () => {
      const { resolution } = sla('1403/08/28 12:00', ...postponed);
      assert.equal(resolution.state, 'running');
      assert.equal(resolution.pausedUntil, null);
      assert.equal(resolution.consumedMinutes, 60 + 120);
      assert.equal(resolution.dueAt?.getTime(), at('1403/08/29 09:00').getTime());
    });

    it('given the work is started again before the date, when measured, then the clock resumed then', () => {
      const { resolution } = sla('1403/08/27 10:00', ...postponed, act('started', at('1403/08/27 09:00')));
      assert.equal(resolution.state, 'running');
      assert.equal(resolution.dueAt?.getTime(), at('1403/08/27 16:00').getTime());
    });

    it('given the process records the resumption a little after the date, when measured, then the clock still resumed at the date', () => {
      const { resolution } = sla('1403/08/28 12:00', ...postponed, act('resumed', at('1403/08/28 10:07')));
      assert.equal(resolution.state, 'running');
      assert.equal(resolution.consumedMinutes, 60 + 120);
      assert.equal(resolution.dueAt?.getTime(), at('1403/08/29 09:00').getTime());
    });

    it('given a note during the postponement, when measured, then the clock is still paused', () => {
      const { resolution } = sla('1403/08/27 12:00', ...postponed, act('noted', at('1403/08/27 09:00'), { text: 'called the vendor', visibleToRequester: false }));
      assert.equal(resolution.state, 'paused');
    });

    it('given a postponement before the first start, when measured, then the response clock pauses too', () => {
      const history = [
        registered(at('1403/08/26 10:00')),
        routed('1403/08/26 10:10'),
        act('postponed', at('1403/08/26 10:30'), { until: at('1403/08/27 08:00'), reason: '' }),
      ];
      const { response } = sla('1403/08/26 15:00', ...history);
      assert.equal(response.state, 'paused');
      assert.equal(response.consumedMinutes, 30);
      assert.equal(response.dueAt?.getTime(), at('1403/08/27 08:30').getTime());
    });
  });

  it('given a resolution and a reopening, when measured, then the time in between does not count', () => {
    const resolved = [...registeredAndRouted(at('1403/08/26 10:00')), act('started', at('1403/08/26 10:10')), act('resolved', at('1403/08/26 15:00'), { resolution: 'ok', byPositionId: 'network-expert' })];
    const atResolution = sla('1403/08/27 08:30', ...resolved).resolution;
    assert.equal(atResolution.state, 'stopped');
    assert.equal(atResolution.consumedMinutes, 300);
    assert.equal(atResolution.dueAt?.getTime(), at('1403/08/27 10:00').getTime());
    assert.equal(atResolution.breached, false);

    const reopened = sla('1403/08/27 10:00', ...resolved, act('reopened', at('1403/08/27 09:00'), { reason: 'still broken', toPositionIds: null })).resolution;
    assert.equal(reopened.state, 'running');
    assert.equal(reopened.consumedMinutes, 360);
    assert.equal(reopened.dueAt?.getTime(), at('1403/08/27 12:00').getTime());
  });

  it('given a ticket resolved on the spot without a start, when measured, then the response is met by the resolution', () => {
    const { response, resolution } = sla('1403/08/26 11:00', registered(at('1403/08/26 10:00')), act('resolved', at('1403/08/26 10:20'), { resolution: 'password reset', byPositionId: 'message-center' }));
    assert.equal(response.state, 'stopped');
    assert.equal(response.breached, false);
    assert.equal(resolution.consumedMinutes, 20);
  });

  it('given a cancelled ticket, when measured later, then both clocks stopped at the cancellation', () => {
    const { response, resolution } = sla('1403/09/10 10:00', registered(at('1403/08/26 10:00')), act('closed', at('1403/08/26 10:30'), { reason: 'cancelled' }));
    assert.equal(response.stoppedAt?.getTime(), at('1403/08/26 10:30').getTime());
    assert.equal(resolution.state, 'stopped');
    assert.equal(resolution.consumedMinutes, 30);
    assert.equal(resolution.breached, false);
  });

  it('given a ticket registered and resolved at the same instant, when measured, then nothing was consumed', () => {
    const { resolution } = sla('1403/08/26 11:00', registered(at('1403/08/26 10:00')), act('resolved', at('1403/08/26 10:00'), { resolution: '', byPositionId: null }));
    assert.equal(resolution.consumedMinutes, 0);
    assert.equal(resolution.dueAt?.getTime(), at('1403/08/27 10:00').getTime());
  });
});
