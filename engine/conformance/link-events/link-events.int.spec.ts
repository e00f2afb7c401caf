import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createProcessTestKit, enginesUnderTest, type ProcessTestKit } from '../../test-kit/process-test-kit.js';

// The kit opens its database with createTestDatabase(): SQLite, and PostgreSQL when `npm test` reruns the database tests.

const model = path.join(import.meta.dirname, 'link-events.bpmn');

for (const engine of enginesUnderTest) {
  describe(`link events [${engine}]`, () => {
    let kit: ProcessTestKit;
    before(async () => {
      kit = await createProcessTestKit({ engine });
      await kit.deploy(model);
    });
    after(() => kit.dispose());

    it('a link throw event continues at the catch event with the same name, and only there', async () => {
      const { processInstanceKey } = await kit.start('conformance-link-events');
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.deepEqual(await kit.completed(processInstanceKey), ['StartEvent_1', 'Task_register', 'Event_go_to_review', 'Event_review', 'Task_review', 'EndEvent_1']);
    });
  });
}
