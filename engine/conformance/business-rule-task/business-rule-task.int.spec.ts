import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createProcessTestKit, enginesUnderTest, type ProcessTestKit } from '../../test-kit/process-test-kit.js';

// The kit opens its database with createTestDatabase(): SQLite, and PostgreSQL when `npm test` reruns the database tests.

const model = path.join(import.meta.dirname, 'business-rule-task.bpmn');

for (const engine of enginesUnderTest) {
  describe(`business rule task with a job worker [${engine}]`, () => {
    let kit: ProcessTestKit;
    before(async () => {
      kit = await createProcessTestKit({ engine });
      await kit.deploy(model);
    });
    after(() => kit.dispose());

    it('hands the job its input mappings and merges the decision into a nested property through the output mapping', async () => {
      const categories: unknown[] = [];
      const worker = kit.handle('conformance.classify', async (job) => {
        categories.push(job.variables.category);
        return job.complete({ priority: job.variables.category === 'network' ? 'urgent' : 'normal' });
      });
      const urgent = await kit.start('conformance-business-rule-task', { ticket: { id: 7, category: 'network' } });
      const normal = await kit.start('conformance-business-rule-task', { ticket: { id: 8, category: 'printer' } });
      await kit.waitForState(urgent.processInstanceKey, 'COMPLETED');
      await kit.waitForState(normal.processInstanceKey, 'COMPLETED');
      await worker.close();

      assert.deepEqual(categories.sort(), ['network', 'printer']);
      assert.deepEqual((await kit.variables(urgent.processInstanceKey)).ticket, { id: 7, category: 'network', priority: 'urgent' });
      assert.deepEqual(await kit.completed(urgent.processInstanceKey), ['StartEvent_1', 'Task_classify', 'Gateway_priority', 'EndEvent_urgent']);
      assert.deepEqual(await kit.completed(normal.processInstanceKey), ['StartEvent_1', 'Task_classify', 'Gateway_priority', 'EndEvent_normal']);
      assert.equal('priority' in (await kit.variables(normal.processInstanceKey)), false, 'with an output mapping the job result stays local to the task');
    });
  });
}
