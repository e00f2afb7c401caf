import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createProcessTestKit, enginesUnderTest, type ProcessTestKit } from '../../test-kit/process-test-kit.js';

// The kit opens its database with createTestDatabase(): SQLite, and PostgreSQL when `npm test` reruns the database tests.

const model = path.join(import.meta.dirname, 'receive-task.bpmn');
const message = 'conformance-customer-replied';

for (const engine of enginesUnderTest) {
  describe(`receive task [${engine}]`, () => {
    let kit: ProcessTestKit;
    before(async () => {
      kit = await createProcessTestKit({ engine });
      await kit.deploy(model);
    });
    after(() => kit.dispose());

    it('completes when a message with its correlation key arrives and merges the message variables', async () => {
      const ticketId = kit.uniqueKey('ticket');
      const { processInstanceKey } = await kit.start('conformance-receive-task', { ticketId });
      await kit.publish({ name: message, correlationKey: kit.uniqueKey('other-ticket'), variables: { reply: 'not mine' } });
      assert.deepEqual(await kit.active(processInstanceKey), ['Task_wait_reply'], 'a message with another correlation key is not correlated');

      await kit.publish({ name: message, correlationKey: ticketId, variables: { reply: 'It works now, thanks' } });
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.equal((await kit.variables(processInstanceKey)).reply, 'It works now, thanks');
      assert.deepEqual(await kit.completed(processInstanceKey), ['StartEvent_1', 'Task_wait_reply', 'EndEvent_replied']);
    });

    it('accepts a number as correlation key and matches it with the same digits published as text', async () => {
      const ticketId = 1_000_000 + Math.floor(Math.random() * 1_000_000_000);
      const { processInstanceKey } = await kit.start('conformance-receive-task', { ticketId });
      await kit.publish({ name: message, correlationKey: String(ticketId) });
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.deepEqual(await kit.completed(processInstanceKey), ['StartEvent_1', 'Task_wait_reply', 'EndEvent_replied']);
    });

    it('is interrupted by its timer boundary event when no reply comes in time', async () => {
      const ticketId = kit.uniqueKey('ticket');
      const { processInstanceKey } = await kit.start('conformance-receive-task', { ticketId });
      await kit.advance('PT71H');
      assert.deepEqual(await kit.active(processInstanceKey), ['Task_wait_reply']);
      await kit.advance('PT1H');
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.deepEqual(await kit.completed(processInstanceKey), ['StartEvent_1', 'Event_no_reply', 'EndEvent_closed']);
      assert.deepEqual(
        (await kit.history(processInstanceKey)).filter((event) => event.kind === 'ELEMENT_TERMINATED').map((event) => event.elementId),
        ['Task_wait_reply'],
      );
    });
  });
}
