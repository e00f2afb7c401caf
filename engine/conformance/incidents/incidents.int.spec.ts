import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createProcessTestKit, enginesUnderTest, type ProcessTestKit } from '../../test-kit/process-test-kit.js';

// The kit opens its database with createTestDatabase(): SQLite, and PostgreSQL when `npm test` reruns the database tests.

const model = (name: string) => path.join(import.meta.dirname, `${name}.bpmn`);

// Also covered elsewhere: no outgoing flow matches (exclusive-gateway), unknown called process (call-activity).
for (const engine of enginesUnderTest) {
  describe(`incidents and their resolution [${engine}]`, () => {
    let kit: ProcessTestKit;
    before(async () => {
      kit = await createProcessTestKit({ engine });
      await kit.deploy(model('incident-job'), model('incident-error-end'), model('incident-correlation-key'));
    });
    after(() => kit.dispose());

    const resolved = async (processInstanceKey: string) => kit.engine.listIncidents({ processInstanceKey, state: 'RESOLVED' });

    it('a FEEL failure in an input mapping raises an I/O mapping incident; with the variable set, resolving it activates the task', async () => {
      const seen: unknown[] = [];
      const worker = kit.handle('conformance.sync', async (job) => {
        seen.push(job.variables.customer);
        return job.complete();
      });
      const { processInstanceKey } = await kit.start('conformance-incident-job', {});
      const incident = await kit.incident(processInstanceKey);
      assert.equal(incident.type, 'IO_MAPPING_ERROR');
      assert.equal(incident.elementId, 'Task_sync');
      assert.match(incident.message, /customerId is required/);
      assert.equal(incident.jobKey, undefined);
      assert.deepEqual(seen, [], 'no job was created');

      await kit.setVariables(processInstanceKey, { customerId: 'C-9' });
      await kit.resolve(incident);
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      await worker.close();
      assert.deepEqual(seen, ['C-9']);
      assert.deepEqual((await resolved(processInstanceKey)).map((entry) => entry.key), [incident.key]);
    });

    it('a job out of retries raises an incident with the last failure; resolving it with new retries runs the job again', async () => {
      let attempts = 0;
      const worker = kit.handle('conformance.sync', async (job) => {
        attempts += 1;
        if (attempts <= 2) return job.fail({ errorMessage: `CRM timeout #${attempts}` });
        return job.complete({ synced: true });
      });
      const { processInstanceKey } = await kit.start('conformance-incident-job', { customerId: 'C-1' });
      const incident = await kit.incident(processInstanceKey);
      assert.equal(incident.type, 'JOB_NO_RETRIES');
      assert.match(incident.message, /CRM timeout #2/);
      assert.notEqual(incident.jobKey, undefined);
      assert.equal(attempts, 2, 'retries="2" allows two attempts');
      assert.equal((await kit.instance(processInstanceKey)).state, 'ACTIVE');

      await kit.resolve(incident, 1);
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      await worker.close();
      assert.equal(attempts, 3);
      assert.equal((await kit.variables(processInstanceKey)).synced, true);
    });

    it('a BPMN error from a job that nothing catches raises an unhandled-error incident; resolving it hands the job out again', async () => {
      let attempts = 0;
      const worker = kit.handle('conformance.sync', async (job) => {
        attempts += 1;
        if (attempts === 1) return job.error({ errorCode: 'CUSTOMER_BLOCKED', errorMessage: 'blocked by finance' });
        return job.complete({ synced: 'after unblocking' });
      });
      const { processInstanceKey } = await kit.start('conformance-incident-job', { customerId: 'C-2' });
      const incident = await kit.incident(processInstanceKey);
      assert.equal(incident.type, 'UNHANDLED_ERROR_EVENT');
      assert.equal(incident.elementId, 'Task_sync');
      assert.match(incident.message, /CUSTOMER_BLOCKED/);
      assert.equal(attempts, 1);

      await kit.resolve(incident);
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      await worker.close();
      assert.equal(attempts, 2);
      assert.equal((await kit.variables(processInstanceKey)).synced, 'after unblocking');
    });

    it('an error end event whose error nothing catches raises an incident; resolving it throws the error again', async () => {
      const { processInstanceKey } = await kit.start('conformance-incident-error-end', { rejectionCode: 'UNKNOWN_REASON' });
      const first = await kit.incident(processInstanceKey);
      assert.equal(first.type, 'UNHANDLED_ERROR_EVENT');
      assert.equal(first.elementId, 'SubEnd_rejected');
      assert.match(first.message, /UNKNOWN_REASON/);

      await kit.resolve(first);
      const second = await kit.incident(processInstanceKey);
      assert.notEqual(second.key, first.key, 'still uncaught: a new incident');

      await kit.setVariables(processInstanceKey, { rejectionCode: 'DUPLICATE' });
      await kit.resolve(second);
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.deepEqual((await kit.completed(processInstanceKey)).slice(-2), ['Event_duplicate', 'EndEvent_duplicate']);
    });

    it('a correlation key that does not evaluate to a string or number raises an incident; boundary timers wait for the resolution and then fire once per interval', async () => {
      const { processInstanceKey } = await kit.start('conformance-incident-correlation-key', { ticket: {} });
      const incident = await kit.incident(processInstanceKey);
      assert.equal(incident.type, 'EXTRACT_VALUE_ERROR');
      assert.equal(incident.elementId, 'Task_wait_answer');
      for (let hour = 0; hour < 3; hour++) await kit.advance('PT1H');
      const reminders = async () => (await kit.completed(processInstanceKey)).filter((id) => id === 'Event_hourly').length;
      assert.equal(await reminders(), 0, 'an element that could not be activated has no boundary events yet');

      const ticketId = kit.uniqueKey('ticket');
      await kit.setVariables(processInstanceKey, { ticket: { id: ticketId } });
      await kit.resolve(incident);
      await kit.advance('PT1H');
      assert.equal(await reminders(), 1);
      await kit.advance('PT1H');
      assert.equal(await reminders(), 2, 'one timer, not one per activation attempt');

      await kit.publish({ name: 'conformance-answer', correlationKey: ticketId });
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.deepEqual(await kit.incidents(processInstanceKey), []);
    });

    it('cancelling an instance with an open incident resolves the incident', async () => {
      const { processInstanceKey } = await kit.start('conformance-incident-job', {});
      const incident = await kit.incident(processInstanceKey);
      await kit.cancel(processInstanceKey);
      await kit.waitForState(processInstanceKey, 'TERMINATED');
      assert.deepEqual(await kit.incidents(processInstanceKey), []);
      assert.deepEqual((await resolved(processInstanceKey)).map((entry) => entry.key), [incident.key]);
    });
  });
}
