import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createProcessTestKit, enginesUnderTest, type ProcessTestKit } from '../../test-kit/process-test-kit.js';

// The kit opens its database with createTestDatabase(): SQLite, and PostgreSQL when `npm test` reruns the database tests.

const model = (name: string) => path.join(import.meta.dirname, `${name}.bpmn`);

for (const engine of enginesUnderTest) {
  describe(`none and terminate end events [${engine}]`, () => {
    let kit: ProcessTestKit;
    before(async () => {
      kit = await createProcessTestKit({ engine });
      await kit.deploy(model('terminate-process'), model('terminate-subprocess'), model('none-end-events'));
    });
    after(() => kit.dispose());

    const terminated = async (processInstanceKey: string) => (await kit.history(processInstanceKey)).filter((event) => event.kind === 'ELEMENT_TERMINATED').map((event) => event.elementId);

    it('a none end event ends only its own path; the instance completes when the last path ends', async () => {
      const { processInstanceKey } = await kit.start('conformance-none-end-events');
      await kit.completeUserTask(await kit.userTask(processInstanceKey, 'Task_a'));
      assert.equal((await kit.instance(processInstanceKey)).state, 'ACTIVE');
      assert.deepEqual(await kit.active(processInstanceKey), ['Task_b']);
      await kit.completeUserTask(await kit.userTask(processInstanceKey, 'Task_b'));
      await kit.waitForState(processInstanceKey, 'COMPLETED');
    });

    it('a terminate end event on the process terminates every other path, including a token waiting at a join, and completes the instance', async () => {
      const { processInstanceKey } = await kit.start('conformance-terminate-process');
      const decide = await kit.userTask(processInstanceKey, 'Task_decide');
      assert.deepEqual((await kit.active(processInstanceKey)).sort(), ['Task_decide', 'Task_slow'], 'the quick branch already waits at the join');
      await kit.completeUserTask(decide);
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.deepEqual(await terminated(processInstanceKey), ['Task_slow']);
      assert.deepEqual(await kit.userTasks({ processInstanceKey }), []);
      assert.equal((await kit.completed(processInstanceKey)).includes('EndEvent_checked'), false);
    });

    it('a terminate end event in a sub-process terminates only that sub-process, which then completes and continues', async () => {
      const { processInstanceKey } = await kit.start('conformance-terminate-subprocess');
      await kit.completeUserTask(await kit.userTask(processInstanceKey, 'Task_veto'));
      assert.deepEqual(await terminated(processInstanceKey), ['Task_legal']);
      assert.deepEqual(await kit.active(processInstanceKey), ['Task_outside'], 'the task outside the sub-process goes on');
      assert.ok((await kit.completed(processInstanceKey)).includes('Sub_review'), 'the sub-process completed, it was not terminated');

      await kit.completeUserTask(await kit.userTask(processInstanceKey, 'Task_outside'));
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.deepEqual((await kit.completed(processInstanceKey)).slice(-2), ['Gateway_join', 'EndEvent_1']);
    });
  });
}
