import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createProcessTestKit, enginesUnderTest, type ProcessTestKit } from '../../test-kit/process-test-kit.js';

// The kit opens its database with createTestDatabase(): SQLite, and PostgreSQL when `npm test` reruns the database tests.

const model = path.join(import.meta.dirname, 'script-task.bpmn');

for (const engine of enginesUnderTest) {
  describe(`script task [${engine}]`, () => {
    let kit: ProcessTestKit;
    before(async () => {
      kit = await createProcessTestKit({ engine });
      await kit.deploy(model);
    });
    after(() => kit.dispose());

    it('evaluates the FEEL script into its result variable; with an output mapping only the mapped value leaves the task', async () => {
      const seen: unknown[] = [];
      const worker = kit.handle('conformance.script-run', async (job) => {
        seen.push(job.variables.total);
        return job.complete({ ran: true });
      });
      const { processInstanceKey } = await kit.start('conformance-script-task', {
        items: [
          { price: 120, quantity: 2 },
          { price: 30, quantity: 1 },
        ],
        customer: { name: 'Sara' },
        summary: { reference: 'A-17' },
      });
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      await worker.close();

      const variables = await kit.variables(processInstanceKey);
      assert.equal(variables.total, 270);
      assert.deepEqual(variables.summary, { reference: 'A-17', label: 'SARA: 270' }, 'a nested output target updates one property of the existing variable');
      assert.equal('label' in variables, false);
      assert.deepEqual(seen, [270], 'a script task with a job definition is handed to a worker, like a service task');
      assert.equal(variables.ran, true);
      assert.deepEqual(await kit.completed(processInstanceKey), ['StartEvent_1', 'Task_total', 'Task_label', 'Task_external_script', 'EndEvent_1']);
    });
  });
}
