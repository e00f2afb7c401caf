import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createProcessTestKit, enginesUnderTest, type ProcessTestKit } from '../../test-kit/process-test-kit.js';

// The kit opens its database with createTestDatabase(): SQLite, and PostgreSQL when `npm test` reruns the database tests.

const model = path.join(import.meta.dirname, 'inclusive-gateway.bpmn');

for (const engine of enginesUnderTest) {
  describe(`inclusive gateway [${engine}]`, () => {
    let kit: ProcessTestKit;
    before(async () => {
      kit = await createProcessTestKit({ engine });
      await kit.deploy(model);
    });
    after(() => kit.dispose());

    it('takes every flow whose condition is true, and the join waits for exactly those branches', async () => {
      const { processInstanceKey } = await kit.start('conformance-inclusive-gateway', { broken: ['screen', 'keyboard'] });
      await kit.userTask(processInstanceKey, 'Task_keyboard');
      assert.deepEqual((await kit.active(processInstanceKey)).sort(), ['Task_keyboard', 'Task_screen'], 'the default flow is not taken when a condition holds');

      await kit.completeUserTask(await kit.userTask(processInstanceKey, 'Task_screen'));
      assert.deepEqual(await kit.active(processInstanceKey), ['Task_keyboard'], 'the join waits for the other taken branch');

      await kit.completeUserTask(await kit.userTask(processInstanceKey, 'Task_keyboard'));
      await kit.completeUserTask(await kit.userTask(processInstanceKey, 'Task_test'));
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.equal((await kit.completed(processInstanceKey)).filter((id) => id === 'Gateway_join').length, 1);
    });

    it('with one true condition the join does not wait for branches that were not taken', async () => {
      const { processInstanceKey } = await kit.start('conformance-inclusive-gateway', { broken: ['keyboard'] });
      await kit.completeUserTask(await kit.userTask(processInstanceKey, 'Task_keyboard'));
      const test = await kit.userTask(processInstanceKey, 'Task_test');
      assert.deepEqual(await kit.active(processInstanceKey), ['Task_test']);
      await kit.completeUserTask(test);
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.deepEqual(await kit.completed(processInstanceKey), ['StartEvent_1', 'Gateway_fork', 'Task_keyboard', 'Gateway_join', 'Task_test', 'EndEvent_1']);
    });

    it('takes only the default flow when no condition is true', async () => {
      const { processInstanceKey } = await kit.start('conformance-inclusive-gateway', { broken: [] });
      await kit.completeUserTask(await kit.userTask(processInstanceKey, 'Task_inspect'));
      await kit.completeUserTask(await kit.userTask(processInstanceKey, 'Task_test'));
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.deepEqual(await kit.completed(processInstanceKey), ['StartEvent_1', 'Gateway_fork', 'Task_inspect', 'Gateway_join', 'Task_test', 'EndEvent_1']);
    });
  });
}
