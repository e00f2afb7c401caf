import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createProcessTestKit, enginesUnderTest, type ProcessTestKit } from '../../test-kit/process-test-kit.js';

// The kit opens its database with createTestDatabase(): SQLite, and PostgreSQL when `npm test` reruns the database tests.

const model = (name: string) => path.join(import.meta.dirname, `${name}.bpmn`);
const hour = 3_600_000;
/** An ISO date-time with the Tehran offset, as a form would send it. */
const tehran = (ms: number) => new Date(ms + 3.5 * hour).toISOString().replace(/\.\d{3}Z$/, '+03:30');

for (const engine of enginesUnderTest) {
  describe(`timers [${engine}]`, () => {
    let kit: ProcessTestKit;
    before(async () => {
      kit = await createProcessTestKit({ engine });
    });
    after(() => kit.dispose());

    it('intermediate timers wait for a duration, a date from a variable and a FEEL date-time; a negative duration fires at once', async () => {
      await kit.deploy(model('intermediate-timers'));
      const t0 = kit.now().getTime();
      const { processInstanceKey } = await kit.start('conformance-intermediate-timers', {
        followUpAt: tehran(t0 + 5 * hour),
        visit: { at: tehran(t0 + 10 * hour) },
        remaining: '-PT5M',
      });
      await kit.advance('PT1H59M');
      assert.deepEqual(await kit.active(processInstanceKey), ['Event_two_hours']);
      await kit.advance('PT1M');
      assert.deepEqual(await kit.active(processInstanceKey), ['Event_follow_up']);
      await kit.advance('PT2H59M');
      assert.deepEqual(await kit.active(processInstanceKey), ['Event_follow_up']);
      await kit.advance('PT1M');
      assert.deepEqual(await kit.active(processInstanceKey), ['Event_before_visit']);
      await kit.advance('PT4H');
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.deepEqual(await kit.completed(processInstanceKey), ['StartEvent_1', 'Event_two_hours', 'Event_follow_up', 'Event_before_visit', 'Event_overdue', 'EndEvent_1']);
    });

    it('cycles repeat as ISO repeating intervals (counted, endless, from a start date), six-field cron and the FEEL cycle function', async () => {
      await kit.deployWithShiftedDates(model('timer-cycles'));
      const { processInstanceKey } = await kit.start('conformance-timer-cycles', { repetitions: 2, interval: 'PT5H' });
      for (let step = 0; step < 48; step++) await kit.advance('PT1H');
      const completed = await kit.completed(processInstanceKey);
      const firings = (boundary: string) => completed.filter((id) => id === boundary).length;
      assert.deepEqual(
        {
          hourlyThree: firings('Event_hourly_three'),
          daily: firings('Event_daily'),
          fromStart: firings('Event_from_start'),
          cronNoon: firings('Event_cron_noon'),
          feelCounted: firings('Event_feel_counted'),
          feelEndless: firings('Event_feel_endless'),
        },
        { hourlyThree: 3, daily: 2, fromStart: 2, cronNoon: 2, feelCounted: 2, feelEndless: 4 },
      );
      assert.deepEqual(await kit.active(processInstanceKey), ['Task_wait'], 'non-interrupting timers leave the task waiting');
      await kit.completeUserTask(await kit.userTask(processInstanceKey, 'Task_wait'));
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      await kit.advance('P1D');
      assert.equal((await kit.completed(processInstanceKey)).filter((id) => id === 'Event_feel_endless').length, 4, 'the timers end with the task');
    });
  });
}
