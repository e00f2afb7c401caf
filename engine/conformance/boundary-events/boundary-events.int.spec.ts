import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createProcessTestKit, enginesUnderTest, type ProcessTestKit } from '../../test-kit/process-test-kit.js';

// The kit opens its database with createTestDatabase(): SQLite, and PostgreSQL when `npm test` reruns the database tests.

const model = (name: string) => path.join(import.meta.dirname, `${name}.bpmn`);
const hour = 3_600_000;

for (const engine of enginesUnderTest) {
  describe(`timer and message boundary events [${engine}]`, () => {
    let kit: ProcessTestKit;
    before(async () => {
      kit = await createProcessTestKit({ engine });
      await kit.deploy(model('boundary-timers'), model('boundary-messages'), model('boundary-message-user-task'));
    });
    after(() => kit.dispose());

    const count = (completed: string[], id: string) => completed.filter((element) => element === id).length;
    const terminated = async (processInstanceKey: string) => (await kit.history(processInstanceKey)).filter((event) => event.kind === 'ELEMENT_TERMINATED').map((event) => event.elementId);

    it('non-interrupting date and cycle timers fire while the task stays open; completing the task cancels the rest', async () => {
      const reminderAt = new Date(kit.now().getTime() + 3 * hour).toISOString();
      const { processInstanceKey } = await kit.start('conformance-boundary-timers', { sla: 'P1D', reminderAt });
      for (let step = 0; step < 5; step++) await kit.advance('PT1H');
      const completed = await kit.completed(processInstanceKey);
      assert.equal(count(completed, 'Event_nudge'), 2, 'R2/PT2H fired at 2 h and 4 h');
      assert.equal(count(completed, 'Event_remind_at'), 1, 'the date fired once');
      assert.deepEqual(await kit.active(processInstanceKey), ['Task_fix']);

      await kit.completeUserTask(await kit.userTask(processInstanceKey, 'Task_fix'));
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      await kit.advance('P2D');
      assert.equal(count(await kit.completed(processInstanceKey), 'Event_sla_breached'), 0, 'the interrupting timer was cancelled with the task');
      assert.equal((await kit.completed(processInstanceKey)).at(-1), 'EndEvent_fixed');
    });

    it('an interrupting duration timer terminates the task and takes its own path', async () => {
      const reminderAt = new Date(kit.now().getTime() + 30 * hour).toISOString();
      const { processInstanceKey } = await kit.start('conformance-boundary-timers', { sla: 'PT8H', reminderAt });
      await kit.advance('PT7H59M');
      assert.deepEqual(await kit.active(processInstanceKey), ['Task_fix']);
      await kit.advance('PT1M');
      const escalation = await kit.userTask(processInstanceKey, 'Task_escalate');
      assert.deepEqual(await kit.active(processInstanceKey), ['Task_escalate']);
      assert.deepEqual(await terminated(processInstanceKey), ['Task_fix']);
      assert.deepEqual(await kit.userTasks({ processInstanceKey, elementId: 'Task_fix' }), [], 'the interrupted user task is gone');

      await kit.advance('P2D');
      assert.equal(count(await kit.completed(processInstanceKey), 'Event_remind_at'), 0, 'the other boundary timers ended with the task');
      await kit.completeUserTask(escalation);
      await kit.waitForState(processInstanceKey, 'COMPLETED');
    });

    it('a non-interrupting message boundary event can fire several times; an interrupting one terminates the task and its job', async () => {
      const requestId = kit.uniqueKey('request');
      const { processInstanceKey } = await kit.start('conformance-boundary-messages', { requestId });
      await kit.publish({ name: 'conformance-request-comment', correlationKey: requestId, variables: { comment: 'any news?' } });
      await kit.publish({ name: 'conformance-request-comment', correlationKey: requestId, variables: { comment: 'hello?' } });
      assert.equal(count(await kit.completed(processInstanceKey), 'Event_comment'), 2);
      assert.equal((await kit.variables(processInstanceKey)).comment, 'hello?');
      assert.deepEqual(await kit.active(processInstanceKey), ['Task_work']);

      await kit.publish({ name: 'conformance-request-withdrawn', correlationKey: requestId });
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.deepEqual(await terminated(processInstanceKey), ['Task_work']);
      assert.equal((await kit.completed(processInstanceKey)).at(-1), 'EndEvent_withdrawn');

      let handed = 0;
      const worker = kit.handle('conformance.work', async (job) => {
        if (job.processInstanceKey === processInstanceKey) handed += 1;
        return job.complete();
      });
      await kit.settle();
      await worker.close();
      assert.equal(handed, 0, 'the job of the interrupted task is not handed out any more');
    });

    it('when the task completes first, the message subscriptions are closed', async () => {
      const requestId = kit.uniqueKey('request');
      const worker = kit.handle('conformance.work', async (job) => job.complete({ result: 'done' }));
      const { processInstanceKey } = await kit.start('conformance-boundary-messages', { requestId });
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      await worker.close();
      await kit.publish({ name: 'conformance-request-withdrawn', correlationKey: requestId, timeToLiveMs: 0 });
      assert.deepEqual(await kit.completed(processInstanceKey), ['StartEvent_1', 'Task_work', 'EndEvent_done']);
    });

    it('a buffered message for an interrupting boundary event interrupts the task right after it is entered, leaving no open user task', async () => {
      const requestId = kit.uniqueKey('request');
      await kit.publish({ name: 'conformance-review-withdrawn', correlationKey: requestId, timeToLiveMs: 60_000 });
      const { processInstanceKey } = await kit.start('conformance-boundary-message-user-task', { requestId });
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.equal((await kit.completed(processInstanceKey)).at(-1), 'EndEvent_withdrawn');
      assert.deepEqual(await kit.userTasks({ processInstanceKey }), []);
      assert.deepEqual(await kit.userTasks({ bpmnProcessId: 'conformance-boundary-message-user-task', processInstanceKey }), []);
    });
  });
}
