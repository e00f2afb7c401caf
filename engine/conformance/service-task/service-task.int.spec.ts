import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createProcessTestKit, enginesUnderTest, type ProcessTestKit } from '../../test-kit/process-test-kit.js';

// The kit opens its database with createTestDatabase(): SQLite, and PostgreSQL when `npm test` reruns the database tests.

const model = path.join(import.meta.dirname, 'service-task.bpmn');

for (const engine of enginesUnderTest) {
  describe(`service task [${engine}]`, () => {
    let kit: ProcessTestKit;
    before(async () => {
      kit = await createProcessTestKit({ engine });
      await kit.deploy(model);
    });
    after(() => kit.dispose());

    it('hands the job its input-mapped variables and headers, and merges only the output mappings', async () => {
      const seen: Array<{ item: unknown; headers: Record<string, string> }> = [];
      const worker = kit.handle('conformance.check', async (job) => {
        seen.push({ item: job.variables.item, headers: job.customHeaders });
        return job.complete({ available: true, note: 'not mapped' });
      });
      const { processInstanceKey } = await kit.start('conformance-service-task', { order: { item: 'printer toner' } });
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      await worker.close();
      assert.deepEqual(seen, [{ item: 'printer toner', headers: { warehouse: 'Tehran' } }]);
      const variables = await kit.variables(processInstanceKey);
      assert.equal(variables.inStock, true);
      assert.equal('note' in variables, false, 'a job variable without an output mapping stays local to the task');
      assert.equal('item' in variables, false, 'an input mapping creates a variable local to the task');
      assert.deepEqual(await kit.completed(processInstanceKey), ['StartEvent_1', 'Task_check', 'EndEvent_1']);
    });

    it('retries a failed job and raises an incident when no retries are left; resolving it runs the job again', async () => {
      let attempts = 0;
      const worker = kit.handle('conformance.check', async (job) => {
        attempts += 1;
        if (attempts <= 2) return job.fail({ errorMessage: `stock service down (${attempts})` });
        return job.complete({ available: false });
      });
      const { processInstanceKey } = await kit.start('conformance-service-task', { order: { item: 'cable' } });
      await kit.settle();
      const [incident] = await kit.incidents(processInstanceKey);
      assert.equal(attempts, 2);
      assert.equal(incident?.type, 'JOB_NO_RETRIES');
      assert.equal(incident?.elementId, 'Task_check');
      assert.match(incident?.message ?? '', /stock service down \(2\)/);
      assert.equal((await kit.instance(processInstanceKey)).state, 'ACTIVE');

      await kit.engine.resolveIncident(incident!.key, { retries: 1 });
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      await worker.close();
      assert.equal(attempts, 3);
      assert.deepEqual(await kit.incidents(processInstanceKey), []);
      assert.equal((await kit.variables(processInstanceKey)).inStock, false);
    });
  });
}
