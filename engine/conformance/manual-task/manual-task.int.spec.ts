import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createProcessTestKit, enginesUnderTest, type ProcessTestKit } from '../../test-kit/process-test-kit.js';

// The kit opens its database with createTestDatabase(): SQLite, and PostgreSQL when `npm test` reruns the database tests.

const model = path.join(import.meta.dirname, 'manual-task.bpmn');

for (const engine of enginesUnderTest) {
  describe(`manual and undefined tasks [${engine}]`, () => {
    let kit: ProcessTestKit;
    before(async () => {
      kit = await createProcessTestKit({ engine });
      await kit.deploy(model);
    });
    after(() => kit.dispose());

    it('pass through at once, applying their input and output mappings', async () => {
      const { processInstanceKey } = await kit.start('conformance-manual-task', { device: 'printer-3' });
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.deepEqual(await kit.completed(processInstanceKey), ['StartEvent_1', 'Task_check_cable', 'Task_note', 'EndEvent_1']);
      const variables = await kit.variables(processInstanceKey);
      assert.equal(variables.manualNote, 'cable of printer-3');
      assert.equal('checked' in variables, false, 'the input mapping target is local to the task');
    });
  });
}
