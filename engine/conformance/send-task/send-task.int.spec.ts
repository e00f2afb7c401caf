import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createProcessTestKit, enginesUnderTest, type ProcessTestKit } from '../../test-kit/process-test-kit.js';

// The kit opens its database with createTestDatabase(): SQLite, and PostgreSQL when `npm test` reruns the database tests.

const model = path.join(import.meta.dirname, 'send-task.bpmn');

for (const engine of enginesUnderTest) {
  describe(`send task and message throw events [${engine}]`, () => {
    let kit: ProcessTestKit;
    before(async () => {
      kit = await createProcessTestKit({ engine });
      await kit.deploy(model);
    });
    after(() => kit.dispose());

    it('waits at the send task until a worker completes its job, then runs the job-based message throw and end events in order', async () => {
      const { processInstanceKey } = await kit.start('conformance-send-task', { channel: 'sms', mobile: '09121234567' });
      await kit.settle();
      assert.deepEqual(await kit.active(processInstanceKey), ['Task_send_sms'], 'without a worker the instance waits at the send task');

      const jobs: Array<{ type: string; elementId: string; headers: Record<string, string>; smsId: unknown }> = [];
      const workers = ['conformance.sms-send', 'conformance.sms-notify', 'conformance.receipt-send'].map((type) =>
        kit.handle(type, async (job) => {
          jobs.push({ type: job.type, elementId: job.elementId, headers: job.customHeaders, smsId: job.variables.smsId });
          return job.complete(job.type === 'conformance.sms-send' ? { smsId: 'sms-1' } : {});
        }),
      );
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      await Promise.all(workers.map((worker) => worker.close()));

      assert.deepEqual(jobs, [
        { type: 'conformance.sms-send', elementId: 'Task_send_sms', headers: { template: 'ticket-opened' }, smsId: undefined },
        { type: 'conformance.sms-notify', elementId: 'Event_notify_team', headers: {}, smsId: 'sms-1' },
        { type: 'conformance.receipt-send', elementId: 'EndEvent_receipt', headers: {}, smsId: 'sms-1' },
      ]);
      assert.equal((await kit.variables(processInstanceKey)).smsId, 'sms-1', 'the job result is merged into the process');
      assert.deepEqual(await kit.completed(processInstanceKey), ['StartEvent_1', 'Task_send_sms', 'Event_notify_team', 'EndEvent_receipt']);
    });
  });
}
