import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createProcessTestKit, enginesUnderTest, type ProcessTestKit } from '../../test-kit/process-test-kit.js';

// The kit opens its database with createTestDatabase(): SQLite, and PostgreSQL when `npm test` reruns the database tests.

const model = (name: string) => path.join(import.meta.dirname, `${name}.bpmn`);
const note = 'conformance-note-added';

for (const engine of enginesUnderTest) {
  describe(`event sub-processes [${engine}]`, () => {
    let kit: ProcessTestKit;
    before(async () => {
      kit = await createProcessTestKit({ engine });
      await kit.deploy(model('event-subprocess-timer-message'), model('event-subprocess-error-escalation'), model('event-subprocess-cancel'), model('event-subprocess-reminder-abort'));
    });
    after(() => kit.dispose());

    const terminated = async (processInstanceKey: string) => (await kit.history(processInstanceKey)).filter((event) => event.kind === 'ELEMENT_TERMINATED').map((event) => event.elementId);

    it('a non-interrupting message event sub-process runs once per message beside the main path, and the instance waits for it to finish', async () => {
      const ticketId = kit.uniqueKey('ticket');
      const { processInstanceKey } = await kit.start('conformance-event-subprocess-timer-message', { ticketId });
      await kit.publish({ name: note, correlationKey: ticketId, variables: { note: 'printer is on floor 3' } });
      await kit.publish({ name: note, correlationKey: ticketId, variables: { note: 'ask for Reza' } });
      const readings = await kit.userTasks({ processInstanceKey, elementId: 'Task_read_note' });
      assert.equal(readings.length, 2);
      assert.deepEqual((await kit.active(processInstanceKey)).filter((id) => id === 'Task_handle'), ['Task_handle']);

      await kit.completeUserTask(await kit.userTask(processInstanceKey, 'Task_handle'));
      assert.equal((await kit.instance(processInstanceKey)).state, 'ACTIVE', 'the triggered event sub-processes keep the instance open');
      for (const reading of readings) await kit.completeUserTask(reading);
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.equal((await kit.completed(processInstanceKey)).filter((id) => id === 'EventSub_note').length, 2);
      await kit.advance('PT3H');
      assert.equal((await kit.completed(processInstanceKey)).includes('EventSub_timeout'), false, 'the timer ended with the instance');
    });

    it('an interrupting timer event sub-process terminates the main path and the running non-interrupting ones; no event starts another after it', async () => {
      const ticketId = kit.uniqueKey('ticket');
      const { processInstanceKey } = await kit.start('conformance-event-subprocess-timer-message', { ticketId });
      await kit.publish({ name: note, correlationKey: ticketId, variables: { note: 'first' } });
      await kit.advance('PT2H');
      const apologize = await kit.userTask(processInstanceKey, 'Task_apologize');
      assert.deepEqual((await terminated(processInstanceKey)).sort(), ['EventSub_note', 'Task_handle', 'Task_read_note']);
      await kit.publish({ name: note, correlationKey: ticketId, variables: { note: 'too late' } });
      assert.deepEqual(await kit.userTasks({ processInstanceKey, elementId: 'Task_read_note' }), []);

      await kit.completeUserTask(apologize);
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.deepEqual((await kit.completed(processInstanceKey)).slice(-4), ['EventStart_timeout', 'Task_apologize', 'EventEnd_timeout', 'EventSub_timeout']);
    });

    it('a non-interrupting escalation event sub-process starts while the thrower continues', async () => {
      const worker = kit.handle('conformance.pick', async (job) => job.complete({ picked: 3 }));
      const { processInstanceKey } = await kit.start('conformance-event-subprocess-error-escalation');
      const reorder = await kit.userTask(processInstanceKey, 'Task_reorder');
      const ship = await kit.userTask(processInstanceKey, 'Task_ship');
      await worker.close();
      assert.deepEqual((await kit.active(processInstanceKey)).sort(), ['EventSub_reorder', 'Task_reorder', 'Task_ship']);
      await kit.completeUserTask(ship);
      await kit.completeUserTask(reorder);
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.deepEqual(await terminated(processInstanceKey), []);
    });

    it('an interrupting error event sub-process catches a BPMN error from a job and replaces the main path', async () => {
      const worker = kit.handle('conformance.pick', async (job) => job.error({ errorCode: 'OUT_OF_STOCK' }));
      const { processInstanceKey } = await kit.start('conformance-event-subprocess-error-escalation');
      const refund = await kit.userTask(processInstanceKey, 'Task_refund');
      await worker.close();
      assert.deepEqual(await terminated(processInstanceKey), ['Task_pick']);
      await kit.completeUserTask(refund);
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.deepEqual(await kit.completed(processInstanceKey), ['StartEvent_1', 'EventStart_out_of_stock', 'Task_refund', 'EventEnd_refunded', 'EventSub_out_of_stock']);
    });

    it('an interrupting message event sub-process cancels the main path, also when its message was buffered before the instance started', async () => {
      const requestId = kit.uniqueKey('request');
      const running = await kit.start('conformance-event-subprocess-cancel', { requestId });
      await kit.userTask(running.processInstanceKey, 'Task_work');
      await kit.publish({ name: 'conformance-request-cancelled', correlationKey: requestId });
      await kit.waitForState(running.processInstanceKey, 'COMPLETED');
      assert.deepEqual(await terminated(running.processInstanceKey), ['Task_work']);

      const early = kit.uniqueKey('request');
      await kit.publish({ name: 'conformance-request-cancelled', correlationKey: early, timeToLiveMs: 60_000 });
      const cancelledAtOnce = await kit.start('conformance-event-subprocess-cancel', { requestId: early });
      await kit.waitForState(cancelledAtOnce.processInstanceKey, 'COMPLETED');
      assert.deepEqual(await kit.userTasks({ processInstanceKey: cancelledAtOnce.processInstanceKey }), []);
      assert.equal((await kit.completed(cancelledAtOnce.processInstanceKey)).includes('EndEvent_worked'), false);
      assert.equal((await kit.completed(cancelledAtOnce.processInstanceKey)).at(-1), 'EventSub_cancel');
    });

    it('a non-interrupting timer event sub-process fires per cycle beside the main path; an interrupting escalation one terminates the thrower and every other path', async () => {
      const { processInstanceKey } = await kit.start('conformance-event-subprocess-reminder-abort');
      for (let hour = 0; hour < 3; hour++) await kit.advance('PT1H');
      assert.equal((await kit.completed(processInstanceKey)).filter((id) => id === 'EventSub_reminder').length, 2);
      assert.deepEqual((await kit.active(processInstanceKey)).sort(), ['Task_decide', 'Task_wait']);

      await kit.completeUserTask(await kit.userTask(processInstanceKey, 'Task_decide'));
      const cleanUp = await kit.userTask(processInstanceKey, 'Task_clean_up');
      const ended = await terminated(processInstanceKey);
      assert.ok(ended.includes('Task_wait'), 'the other path is terminated');
      assert.equal((await kit.completed(processInstanceKey)).includes('EndEvent_after_abort'), false, 'the thrower does not continue after an interrupting catch');
      await kit.completeUserTask(cleanUp);
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.equal((await kit.completed(processInstanceKey)).at(-1), 'EventSub_abort');
    });
  });
}
