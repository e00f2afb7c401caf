import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createProcessTestKit, enginesUnderTest, type ProcessTestKit } from '../../test-kit/process-test-kit.js';

// The kit opens its database with createTestDatabase(): SQLite, and PostgreSQL when `npm test` reruns the database tests.

const model = path.join(import.meta.dirname, 'event-based-gateway.bpmn');
const reply = 'conformance-gateway-reply';

for (const engine of enginesUnderTest) {
  describe(`event-based gateway [${engine}]`, () => {
    let kit: ProcessTestKit;
    before(async () => {
      kit = await createProcessTestKit({ engine });
      await kit.deploy(model);
    });
    after(() => kit.dispose());

    it('follows the message when it arrives before the timer, and the timer no longer fires', async () => {
      const requestId = kit.uniqueKey('request');
      const { processInstanceKey } = await kit.start('conformance-event-based-gateway', { requestId });
      await kit.advance('PT47H');
      assert.deepEqual(await kit.active(processInstanceKey), ['Gateway_wait']);
      await kit.publish({ name: reply, correlationKey: requestId, variables: { answer: 'yes' } });
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      await kit.advance('PT2H');
      assert.deepEqual(await kit.completed(processInstanceKey), ['StartEvent_1', 'Gateway_wait', 'Event_reply', 'EndEvent_replied']);
      assert.equal((await kit.variables(processInstanceKey)).answer, 'yes');
    });

    it('follows the timer when it fires first, and a later message is not correlated', async () => {
      const requestId = kit.uniqueKey('request');
      const { processInstanceKey } = await kit.start('conformance-event-based-gateway', { requestId });
      await kit.advance('P2D');
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      await kit.publish({ name: reply, correlationKey: requestId, variables: { answer: 'too late' } });
      assert.deepEqual(await kit.completed(processInstanceKey), ['StartEvent_1', 'Gateway_wait', 'Event_timeout', 'EndEvent_timed_out']);
      assert.equal('answer' in (await kit.variables(processInstanceKey)), false);
    });

    it('takes a buffered message as soon as the gateway is entered', async () => {
      const requestId = kit.uniqueKey('request');
      await kit.publish({ name: reply, correlationKey: requestId, timeToLiveMs: 60_000, variables: { answer: 'early' } });
      const { processInstanceKey } = await kit.start('conformance-event-based-gateway', { requestId });
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.deepEqual(await kit.completed(processInstanceKey), ['StartEvent_1', 'Gateway_wait', 'Event_reply', 'EndEvent_replied']);
      assert.equal((await kit.variables(processInstanceKey)).answer, 'early');
    });
  });
}
