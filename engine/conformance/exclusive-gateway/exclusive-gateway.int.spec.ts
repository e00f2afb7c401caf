import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createProcessTestKit, enginesUnderTest, type ProcessTestKit } from '../../test-kit/process-test-kit.js';

// The kit opens its database with createTestDatabase(): SQLite, and PostgreSQL when `npm test` reruns the database tests.

const model = (name: string) => path.join(import.meta.dirname, `${name}.bpmn`);

for (const engine of enginesUnderTest) {
  describe(`exclusive gateway [${engine}]`, () => {
    let kit: ProcessTestKit;
    before(async () => {
      kit = await createProcessTestKit({ engine });
      await kit.deploy(model('exclusive-gateway-routing'), model('exclusive-gateway-no-default'), model('exclusive-gateway-merge'));
    });
    after(() => kit.dispose());

    async function endOf(amount: number): Promise<string | undefined> {
      const { processInstanceKey } = await kit.start('conformance-exclusive-routing', { amount });
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      return (await kit.completed(processInstanceKey)).at(-1);
    }

    it('takes the first outgoing flow whose condition is true, in the order of the model', async () => {
      assert.equal(await endOf(5000), 'EndEvent_large', 'both conditions hold; the first one wins');
      assert.equal(await endOf(500), 'EndEvent_medium');
    });

    it('takes the default flow when no condition is true', async () => {
      assert.equal(await endOf(50), 'EndEvent_small');
    });

    it('raises a condition incident when no condition is true and there is no default flow; after fixing the variables, resolving it takes the flow', async () => {
      const { processInstanceKey } = await kit.start('conformance-exclusive-no-default', { channel: 'fax' });
      const incident = await kit.incident(processInstanceKey);
      assert.equal(incident.type, 'CONDITION_ERROR');
      assert.equal(incident.elementId, 'Gateway_channel');
      assert.equal((await kit.instance(processInstanceKey)).state, 'ACTIVE', 'the instance is stopped, not failed');

      await kit.setVariables(processInstanceKey, { channel: 'email' });
      await kit.resolve(incident);
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.deepEqual(await kit.completed(processInstanceKey), ['StartEvent_1', 'Gateway_channel', 'EndEvent_email']);
      assert.deepEqual(await kit.incidents(processInstanceKey), []);
    });

    it('raises the incident again when it is resolved without fixing the cause', async () => {
      const { processInstanceKey } = await kit.start('conformance-exclusive-no-default', { channel: 'fax' });
      const first = await kit.incident(processInstanceKey);
      await kit.resolve(first);
      const second = await kit.incident(processInstanceKey);
      assert.notEqual(second.key, first.key);
      assert.equal(second.type, 'CONDITION_ERROR');
      assert.equal((await kit.instance(processInstanceKey)).state, 'ACTIVE');
    });

    it('passes every arriving token through when it merges concurrent flows', async () => {
      const { processInstanceKey } = await kit.start('conformance-exclusive-merge');
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      const completed = await kit.completed(processInstanceKey);
      assert.equal(completed.filter((id) => id === 'Task_after').length, 2, 'the task after the merge runs once per arriving token');
      assert.equal(completed.filter((id) => id === 'EndEvent_1').length, 2);
    });
  });
}
