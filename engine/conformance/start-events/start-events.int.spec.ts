import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createProcessTestKit, enginesUnderTest, type ProcessTestKit } from '../../test-kit/process-test-kit.js';

// The kit opens its database with createTestDatabase(): SQLite, and PostgreSQL when `npm test` reruns the database tests.

const model = (name: string) => path.join(import.meta.dirname, `${name}.bpmn`);
const emailMessage = 'conformance-ticket-email';
const processIds = ['conformance-message-start', 'conformance-timer-start-date', 'conformance-timer-start-cycle', 'conformance-timer-start-cycle-from', 'conformance-timer-start-cron', 'conformance-start-versions'];

for (const engine of enginesUnderTest) {
  describe(`start events [${engine}]`, () => {
    let kit: ProcessTestKit;
    before(async () => {
      kit = await createProcessTestKit({ engine });
    });
    after(() => kit.dispose());

    // Only instances started during the current test count (a long-lived cluster may hold older ones).
    let since = 0;
    beforeEach(() => {
      since = kit.now().getTime();
    });
    afterEach(async () => {
      for (const bpmnProcessId of processIds) {
        for (const task of await kit.userTasks({ bpmnProcessId })) await kit.cancel(task.processInstanceKey).catch(() => undefined);
      }
    });

    /** Instances of a process started in this test that wait at their user task, oldest first. */
    async function waiting(bpmnProcessId: string) {
      const tasks = (await kit.userTasks({ bpmnProcessId })).filter((task) => task.createdAt.getTime() >= since);
      return tasks.sort((a, b) => Number(BigInt(a.processInstanceKey) - BigInt(b.processInstanceKey)));
    }
    const count = async (bpmnProcessId: string) => (await waiting(bpmnProcessId)).length;

    it('a none start event starts an instance on request; a message start event starts one per message', async () => {
      await kit.deploy(model('message-start'));
      const byForm = await kit.start('conformance-message-start', { subject: 'VPN down' });
      assert.deepEqual(await kit.active(byForm.processInstanceKey), ['Task_triage']);
      assert.deepEqual(await kit.completed(byForm.processInstanceKey), ['StartEvent_form']);

      await kit.publish({ name: emailMessage, variables: { subject: 'Printer jam', from: 'reza@example.com' } });
      await kit.publish({ name: emailMessage, variables: { subject: 'Printer jam again' } });
      const started = (await waiting('conformance-message-start')).filter((task) => task.processInstanceKey !== byForm.processInstanceKey);
      assert.equal(started.length, 2, 'without a correlation key every message starts an instance');
      const first = started[0]!.processInstanceKey;
      assert.deepEqual(await kit.completed(first), ['StartEvent_email']);
      assert.equal((await kit.variables(first)).subject, 'Printer jam', 'the message variables become the instance variables');
    });

    it('a message start event starts one instance per correlation key while it is active; a buffered message starts the next one when it ends', async () => {
      await kit.deploy(model('message-start'));
      const mailbox = kit.uniqueKey('mailbox');
      await kit.publish({ name: emailMessage, correlationKey: mailbox, variables: { subject: 'first' } });
      await kit.publish({ name: emailMessage, correlationKey: mailbox, variables: { subject: 'dropped' } });
      await kit.publish({ name: emailMessage, correlationKey: mailbox, timeToLiveMs: 3_600_000, variables: { subject: 'buffered' } });
      const subjects = async () => Promise.all((await waiting('conformance-message-start')).map(async (task) => (await kit.variables(task.processInstanceKey)).subject));
      assert.deepEqual(await subjects(), ['first'], 'while the instance of this correlation key is active, no other starts');

      await kit.publish({ name: emailMessage, correlationKey: kit.uniqueKey('other-mailbox'), variables: { subject: 'other key' } });
      assert.deepEqual((await subjects()).sort(), ['first', 'other key']);

      const [firstTask] = await waiting('conformance-message-start');
      await kit.completeUserTask(firstTask!);
      await kit.waitForState(firstTask!.processInstanceKey, 'COMPLETED');
      await kit.eventually(async () => ((await subjects()).includes('buffered') ? true : undefined), 'the buffered message to start an instance');
      assert.deepEqual((await subjects()).sort(), ['buffered', 'other key'], 'the message published with a time to live starts the next instance; the one without was dropped');
    });

    it('a timer start event with a date starts one instance at that date', async () => {
      await kit.deployWithShiftedDates(model('timer-start-date'));
      await kit.advance('PT5H29M');
      assert.equal(await count('conformance-timer-start-date'), 0);
      await kit.advance('PT1M');
      assert.equal(await kit.eventually(async () => ((await count('conformance-timer-start-date')) === 1 ? 1 : undefined), 'one instance'), 1);
      await kit.advance('P2D');
      assert.equal(await count('conformance-timer-start-date'), 1, 'a date fires once');
      const [task] = await waiting('conformance-timer-start-date');
      assert.deepEqual(await kit.completed(task!.processInstanceKey), ['StartEvent_timer']);
    });

    it('a timer start event with a cycle starts an instance per repetition, counted from the deployment', async () => {
      await kit.deploy(model('timer-start-cycle'));
      await kit.advance('PT59M');
      assert.equal(await count('conformance-timer-start-cycle'), 0);
      for (let hour = 1; hour <= 4; hour++) {
        await kit.advance(hour === 1 ? 'PT1M' : 'PT1H');
        assert.equal(await count('conformance-timer-start-cycle'), Math.min(hour, 3), `after ${hour} h`);
      }
    });

    it('a cycle with a start date fires first at that date, then once per interval', async () => {
      await kit.deployWithShiftedDates(model('timer-start-cycle-from'));
      await kit.advance('PT21H29M');
      assert.equal(await count('conformance-timer-start-cycle-from'), 0);
      await kit.advance('PT1M');
      assert.equal(await count('conformance-timer-start-cycle-from'), 1);
      await kit.advance('P1D');
      assert.equal(await count('conformance-timer-start-cycle-from'), 2);
      await kit.advance('P1D');
      assert.equal(await count('conformance-timer-start-cycle-from'), 2, 'R2 repeats twice');
    });

    it('a six-field cron cycle starts an instance on each matching time', async () => {
      await kit.deploy(model('timer-start-cron'));
      for (let step = 0; step < 28; step++) await kit.advance('PT6H');
      const started = await waiting('conformance-timer-start-cron');
      assert.equal(started.length, 5, 'one per weekday in a week');
      const days = await Promise.all(started.map(async (task) => (await kit.instance(task.processInstanceKey)).startedAt.getUTCDay()));
      assert.deepEqual(days.sort(), [1, 2, 3, 4, 5], 'Monday to Friday');
    });

    it('a new version replaces the message subscriptions and timers of the previous version', async () => {
      const [v1] = await kit.deploy(model('start-versions-v1'));
      await kit.advance('PT1H');
      await kit.publish({ name: 'conformance-versions-request-v1' });
      assert.equal(await count('conformance-start-versions'), 2, 'version 1 starts by its timer and by its message');

      const [v2] = await kit.deploy(model('start-versions-v2'));
      assert.equal(v2!.version, v1!.version + 1);
      const [again] = await kit.deploy(model('start-versions-v2'));
      assert.equal(again!.processDefinitionKey, v2!.processDefinitionKey, 'deploying an unchanged model creates no new version');
      await kit.publish({ name: 'conformance-versions-request-v1' });
      await kit.advance('PT3H');
      assert.equal(await count('conformance-start-versions'), 2, 'the old message start and the old timer are gone');

      await kit.publish({ name: 'conformance-versions-request-v2' });
      const tasks = await waiting('conformance-start-versions');
      assert.equal(tasks.length, 3);
      assert.equal((await kit.instance(tasks[2]!.processInstanceKey)).version, v2!.version);
    });
  });
}
