import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createProcessTestKit, enginesUnderTest, type ProcessTestKit } from '../../test-kit/process-test-kit.js';

// The kit opens its database with createTestDatabase(): SQLite, and PostgreSQL when `npm test` reruns the database tests.

const model = path.join(import.meta.dirname, 'escalation-events.bpmn');

for (const engine of enginesUnderTest) {
  describe(`escalation events [${engine}]`, () => {
    let kit: ProcessTestKit;
    before(async () => {
      kit = await createProcessTestKit({ engine });
      await kit.deploy(model);
    });
    after(() => kit.dispose());

    it('a non-interrupting escalation boundary event starts its path while the thrower continues; an escalation nobody catches changes nothing', async () => {
      const { processInstanceKey } = await kit.start('conformance-escalation-events', { cancelled: false });
      const ship = await kit.userTask(processInstanceKey, 'Task_ship');
      const inform = await kit.userTask(processInstanceKey, 'Task_inform');
      assert.deepEqual((await kit.active(processInstanceKey)).sort(), ['Sub_order', 'Task_inform', 'Task_ship']);

      await kit.completeUserTask(ship);
      assert.deepEqual(await kit.active(processInstanceKey), ['Task_inform'], 'the uncaught NOTED escalation let the sub-process complete normally');
      await kit.completeUserTask(inform);
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      const completed = await kit.completed(processInstanceKey);
      assert.ok(completed.includes('Event_noted') && completed.includes('EndEvent_shipped') && completed.includes('EndEvent_informed'));
      assert.deepEqual((await kit.history(processInstanceKey)).filter((event) => event.kind === 'ELEMENT_TERMINATED'), []);
    });

    it('an escalation end event caught by an interrupting boundary event terminates the sub-process', async () => {
      const { processInstanceKey } = await kit.start('conformance-escalation-events', { cancelled: true });
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.deepEqual((await kit.completed(processInstanceKey)).slice(-2), ['Event_cancelled_caught', 'EndEvent_cancelled']);
      assert.ok((await kit.history(processInstanceKey)).some((event) => event.kind === 'ELEMENT_TERMINATED' && event.elementId === 'Sub_order'));
      const completed = await kit.completed(processInstanceKey);
      assert.equal(completed.includes('SubEnd_cancelled') || completed.includes('Sub_order') || completed.includes('EndEvent_shipped'), false);
    });
  });
}
