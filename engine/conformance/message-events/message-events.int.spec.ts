import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { EngineRejectionError } from '../../engine-errors.js';
import { createProcessTestKit, enginesUnderTest, type ProcessTestKit } from '../../test-kit/process-test-kit.js';

// The kit opens its database with createTestDatabase(): SQLite, and PostgreSQL when `npm test` reruns the database tests.

const model = (name: string) => path.join(import.meta.dirname, `${name}.bpmn`);
const payment = 'conformance-payment-received';
const minute = 60_000;

for (const engine of enginesUnderTest) {
  describe(`intermediate message catch events [${engine}]`, () => {
    let kit: ProcessTestKit;
    before(async () => {
      kit = await createProcessTestKit({ engine });
      await kit.deploy(model('message-catch'), model('message-catch-other'), model('message-catch-mapped'));
    });
    after(() => kit.dispose());

    const state = async (processInstanceKey: string) => (await kit.instance(processInstanceKey)).state;

    it('correlates by message name and correlation key and merges the message variables', async () => {
      const orderId = kit.uniqueKey('order');
      const { processInstanceKey } = await kit.start('conformance-message-catch', { orderId });
      await kit.publish({ name: payment, correlationKey: kit.uniqueKey('another-order'), variables: { amount: 1 } });
      await kit.publish({ name: 'conformance-unrelated-message', correlationKey: orderId });
      assert.deepEqual(await kit.active(processInstanceKey), ['Event_payment']);

      await kit.publish({ name: payment, correlationKey: orderId, variables: { amount: 250_000 } });
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.equal((await kit.variables(processInstanceKey)).amount, 250_000);
    });

    it('evaluates the message name and correlation key expressions on entering the event; an output mapping takes only what it maps', async () => {
      const ticket = { id: kit.uniqueKey('ticket') };
      const { processInstanceKey } = await kit.start('conformance-message-catch-mapped', { channel: 'telegram', ticket });
      await kit.publish({ name: 'conformance-reply-sms', correlationKey: ticket.id, variables: { text: 'wrong channel' } });
      assert.equal(await state(processInstanceKey), 'ACTIVE');
      await kit.publish({ name: 'conformance-reply-telegram', correlationKey: ticket.id, variables: { text: 'Thanks!', sender: 'reza' } });
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      const variables = await kit.variables(processInstanceKey);
      assert.equal(variables.replyText, 'Thanks!');
      assert.equal('sender' in variables, false);
    });

    it('buffers a message for its time to live: a subscription opened in time gets it, one opened later does not', async () => {
      const early = kit.uniqueKey('order');
      await kit.publish({ name: payment, correlationKey: early, timeToLiveMs: 10 * minute, variables: { amount: 10 } });
      await kit.advance('PT9M');
      const inTime = await kit.start('conformance-message-catch', { orderId: early });
      await kit.waitForState(inTime.processInstanceKey, 'COMPLETED');
      assert.equal((await kit.variables(inTime.processInstanceKey)).amount, 10);

      const late = kit.uniqueKey('order');
      await kit.publish({ name: payment, correlationKey: late, timeToLiveMs: 10 * minute });
      await kit.advance('PT11M');
      const tooLate = await kit.start('conformance-message-catch', { orderId: late });
      assert.equal(await state(tooLate.processInstanceKey), 'ACTIVE', 'the message expired');

      const unbuffered = kit.uniqueKey('order');
      await kit.publish({ name: payment, correlationKey: unbuffered });
      const afterIt = await kit.start('conformance-message-catch', { orderId: unbuffered });
      assert.equal(await state(afterIt.processInstanceKey), 'ACTIVE', 'a message without time to live is dropped when nothing waits for it');
      await kit.cancel(tooLate.processInstanceKey);
      await kit.cancel(afterIt.processInstanceKey);
    });

    it('rejects a message whose id is already buffered with the same name and correlation key, until it expires', async () => {
      const orderId = kit.uniqueKey('order');
      const messageId = kit.uniqueKey('bank-transfer');
      await kit.publish({ name: payment, correlationKey: orderId, messageId, timeToLiveMs: 10 * minute, variables: { amount: 1 } });
      await assert.rejects(kit.publish({ name: payment, correlationKey: orderId, messageId, timeToLiveMs: 10 * minute, variables: { amount: 2 } }), (error: unknown) => error instanceof EngineRejectionError && error.reason === 'ALREADY_EXISTS');
      await kit.publish({ name: payment, correlationKey: orderId, messageId: kit.uniqueKey('bank-transfer'), timeToLiveMs: 10 * minute, variables: { amount: 3 } });
      await kit.publish({ name: payment, correlationKey: kit.uniqueKey('order'), messageId, timeToLiveMs: 10 * minute });

      await kit.advance('PT11M');
      // Zeebe removes expired messages in the background: on a cluster the id is free again a little later.
      await kit.eventually(
        () => kit.publish({ name: payment, correlationKey: orderId, messageId, timeToLiveMs: 10 * minute, variables: { amount: 4 } }).then(() => true, () => undefined),
        'the message id to be free again',
      );
      const { processInstanceKey } = await kit.start('conformance-message-catch', { orderId });
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.equal((await kit.variables(processInstanceKey)).amount, 4, 'after the first expired, the same id could be published again');
    });

    it('correlates a message once per process: one of two waiting instances gets it, a waiting instance of another process gets it too', async () => {
      const orderId = kit.uniqueKey('order');
      const first = await kit.start('conformance-message-catch', { orderId });
      const second = await kit.start('conformance-message-catch', { orderId });
      const other = await kit.start('conformance-message-catch-other', { orderId });
      await kit.publish({ name: payment, correlationKey: orderId, variables: { amount: 5 } });
      await kit.waitForState(other.processInstanceKey, 'COMPLETED');
      const states = [await state(first.processInstanceKey), await state(second.processInstanceKey)];
      assert.deepEqual(states.sort(), ['ACTIVE', 'COMPLETED'], 'exactly one instance of the same process');

      await kit.publish({ name: payment, correlationKey: orderId, variables: { amount: 6 } });
      await kit.waitForState(first.processInstanceKey, 'COMPLETED');
      await kit.waitForState(second.processInstanceKey, 'COMPLETED');
    });

    it('does not correlate a buffered message a second time to the same process', async () => {
      const orderId = kit.uniqueKey('order');
      await kit.publish({ name: payment, correlationKey: orderId, timeToLiveMs: 10 * minute, variables: { amount: 7 } });
      const first = await kit.start('conformance-message-catch', { orderId });
      await kit.waitForState(first.processInstanceKey, 'COMPLETED');
      const second = await kit.start('conformance-message-catch', { orderId });
      const other = await kit.start('conformance-message-catch-other', { orderId });
      await kit.waitForState(other.processInstanceKey, 'COMPLETED');
      assert.equal(await state(second.processInstanceKey), 'ACTIVE', 'the buffered message already reached this process');
      await kit.cancel(second.processInstanceKey);
    });
  });
}
