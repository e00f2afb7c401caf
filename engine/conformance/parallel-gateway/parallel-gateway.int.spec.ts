import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createProcessTestKit, enginesUnderTest, type ProcessTestKit } from '../../test-kit/process-test-kit.js';

// The kit opens its database with createTestDatabase(): SQLite, and PostgreSQL when `npm test` reruns the database tests.

const model = path.join(import.meta.dirname, 'parallel-gateway.bpmn');

for (const engine of enginesUnderTest) {
  describe(`parallel gateway [${engine}]`, () => {
    let kit: ProcessTestKit;
    before(async () => {
      kit = await createProcessTestKit({ engine });
      await kit.deploy(model);
    });
    after(() => kit.dispose());

    it('forks into every outgoing flow and joins once all of them arrived', async () => {
      const { processInstanceKey } = await kit.start('conformance-parallel-gateway');
      await kit.userTask(processInstanceKey, 'Task_badge');
      assert.deepEqual((await kit.active(processInstanceKey)).sort(), ['Task_account', 'Task_badge', 'Task_laptop']);

      await kit.completeUserTask(await kit.userTask(processInstanceKey, 'Task_laptop'));
      await kit.completeUserTask(await kit.userTask(processInstanceKey, 'Task_badge'));
      assert.deepEqual(await kit.active(processInstanceKey), ['Task_account'], 'the join waits for the third branch');

      await kit.completeUserTask(await kit.userTask(processInstanceKey, 'Task_account'));
      await kit.completeUserTask(await kit.userTask(processInstanceKey, 'Task_welcome'));
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      const completed = await kit.completed(processInstanceKey);
      assert.equal(completed.filter((id) => id === 'Gateway_join').length, 1, 'the join fires once');
      assert.deepEqual(completed.slice(-3), ['Gateway_join', 'Task_welcome', 'EndEvent_1']);
    });
  });
}
