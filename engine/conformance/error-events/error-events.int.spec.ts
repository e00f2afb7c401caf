import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { JobOutcome } from '../../job-worker.js';
import { createProcessTestKit, enginesUnderTest, type ProcessTestKit } from '../../test-kit/process-test-kit.js';

// The kit opens its database with createTestDatabase(): SQLite, and PostgreSQL when `npm test` reruns the database tests.

const model = (name: string) => path.join(import.meta.dirname, `${name}.bpmn`);

for (const engine of enginesUnderTest) {
  describe(`error events [${engine}]`, () => {
    let kit: ProcessTestKit;
    before(async () => {
      kit = await createProcessTestKit({ engine });
      await kit.deploy(model('error-events'), model('error-event-subprocess'));
    });
    after(() => kit.dispose());

    const terminated = async (processInstanceKey: string) => (await kit.history(processInstanceKey)).filter((event) => event.kind === 'ELEMENT_TERMINATED').map((event) => event.elementId);

    /** Runs the payment process with a charge worker that decides by the given outcome. */
    async function pay(outcome: { errorCode?: string; variables?: Record<string, unknown> }): Promise<string> {
      const worker = kit.handle('conformance.charge', async (job): Promise<JobOutcome> => {
        if (outcome.errorCode) return job.error({ errorCode: outcome.errorCode, errorMessage: `card says ${outcome.errorCode}`, variables: outcome.variables ?? {} });
        return job.complete(outcome.variables ?? {});
      });
      const { processInstanceKey } = await kit.start('conformance-error-events', { amount: 120_000 });
      await kit.settle();
      await worker.close();
      return processInstanceKey;
    }

    it('a BPMN error from a job is caught by the error boundary event with its code on the task; the error variables reach the process', async () => {
      const processInstanceKey = await pay({ errorCode: 'INSUFFICIENT_FUNDS', variables: { missingAmount: 20_000 } });
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.deepEqual(await kit.completed(processInstanceKey), ['StartEvent_1', 'SubStart', 'Event_insufficient', 'SubEnd_top_up', 'Sub_payment', 'EndEvent_paid']);
      assert.deepEqual(await terminated(processInstanceKey), ['Task_charge']);
      assert.equal((await kit.variables(processInstanceKey)).missingAmount, 20_000);
    });

    it('an error not caught at the task is caught by an error event sub-process of the enclosing sub-process, which then completes normally', async () => {
      const processInstanceKey = await pay({ errorCode: 'CARD_DECLINED' });
      const notify = await kit.userTask(processInstanceKey, 'Task_notify');
      assert.deepEqual(await kit.active(processInstanceKey), ['Sub_payment', 'EventSub_declined', 'Task_notify']);
      assert.deepEqual(await terminated(processInstanceKey), ['Task_charge']);
      await kit.completeUserTask(notify);
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.deepEqual((await kit.completed(processInstanceKey)).slice(-3), ['EventSub_declined', 'Sub_payment', 'EndEvent_paid']);
    });

    it('an error end event is caught by the boundary event with its code in preference to a catch-all one', async () => {
      const processInstanceKey = await pay({ variables: { suspicious: true } });
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      const completed = await kit.completed(processInstanceKey);
      assert.deepEqual(completed.slice(-2), ['Event_fraud', 'EndEvent_fraud']);
      assert.equal(completed.includes('SubEnd_fraud'), false, 'the error end event does not complete');
      assert.ok((await terminated(processInstanceKey)).includes('Sub_payment'));
    });

    it('an error with a code no inner catch event knows goes up to the catch-all boundary event of the sub-process', async () => {
      const processInstanceKey = await pay({ errorCode: 'GATEWAY_DOWN' });
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.deepEqual((await kit.completed(processInstanceKey)).slice(-2), ['Event_any_error', 'EndEvent_failed']);
      assert.deepEqual((await terminated(processInstanceKey)).sort(), ['Sub_payment', 'Task_charge']);
    });

    it('without an error the normal path is taken', async () => {
      const processInstanceKey = await pay({ variables: { suspicious: false } });
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.deepEqual(await kit.completed(processInstanceKey), ['StartEvent_1', 'SubStart', 'Task_charge', 'Gateway_suspicious', 'SubEnd_charged', 'Sub_payment', 'EndEvent_paid']);
    });

    it('an interrupting error event sub-process of the process terminates every other branch; its output mapping takes the error variables', async () => {
      const worker = kit.handle('conformance.reserve-room', async (job) => job.error({ errorCode: 'NO_ROOM', variables: { reason: 'fully booked' } }));
      const { processInstanceKey } = await kit.start('conformance-error-event-subprocess');
      const apologize = await kit.userTask(processInstanceKey, 'Task_apologize');
      await worker.close();
      assert.deepEqual((await terminated(processInstanceKey)).sort(), ['Task_confirm', 'Task_reserve']);
      assert.deepEqual(await kit.userTasks({ processInstanceKey, elementId: 'Task_confirm' }), []);
      await kit.completeUserTask(apologize);
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      const variables = await kit.variables(processInstanceKey);
      assert.equal(variables.failureReason, 'fully booked');
      assert.equal('reason' in variables, false, 'with an output mapping only the mapped error variables are kept');
    });
  });
}
