import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createProcessTestKit, enginesUnderTest, type ProcessTestKit } from '../../test-kit/process-test-kit.js';
import type { UserTask } from '../../user-task.js';

// The kit opens its database with createTestDatabase(): SQLite, and PostgreSQL when `npm test` reruns the database tests.

const model = (name: string) => path.join(import.meta.dirname, `${name}.bpmn`);

for (const engine of enginesUnderTest) {
  describe(`call activities [${engine}]`, () => {
    let kit: ProcessTestKit;
    before(async () => {
      kit = await createProcessTestKit({ engine });
      await kit.deploy(model('call-child'), model('call-parent'), model('call-parent-propagation'), model('call-parent-dynamic'));
    });
    after(() => kit.dispose());

    /** The open task of the instance a parent called. */
    async function childTask(parentKey: string): Promise<UserTask> {
      return kit.eventually(async () => {
        for (const task of await kit.userTasks({ bpmnProcessId: 'conformance-call-child' })) {
          if ((await kit.instance(task.processInstanceKey)).parentProcessInstanceKey === parentKey) return task;
        }
        return undefined;
      }, `the called instance of ${parentKey} to wait at its task`);
    }

    it('starts the latest version of the called process with all parent variables and the input mappings; only output mappings come back', async () => {
      const parent = await kit.start('conformance-call-parent', { request: { subject: 'VPN is down' }, secret: 'parent only' });
      const task = await childTask(parent.processInstanceKey);
      const child = await kit.instance(task.processInstanceKey);
      assert.equal(child.bpmnProcessId, 'conformance-call-child');
      assert.deepEqual(await kit.active(parent.processInstanceKey), ['Call_child']);
      const childVariables = await kit.variables(task.processInstanceKey);
      assert.equal(childVariables.subject, 'VPN is down');
      assert.equal(childVariables.secret, 'parent only');

      await kit.completeUserTask(task, { childResult: 'fixed', childNote: 'rebooted the router' });
      await kit.waitForState(parent.processInstanceKey, 'COMPLETED');
      await kit.waitForState(task.processInstanceKey, 'COMPLETED');
      const variables = await kit.variables(parent.processInstanceKey);
      assert.equal(variables.result, 'fixed');
      assert.equal('childResult' in variables || 'childNote' in variables || 'subject' in variables, false);
      assert.deepEqual(await kit.completed(parent.processInstanceKey), ['StartEvent_1', 'Call_child', 'EndEvent_done']);
    });

    it('without parent propagation the child sees only the input mappings; with child propagation all its variables come back through the call activity scope', async () => {
      const parent = await kit.start('conformance-call-parent-propagation', { request: { subject: 'Printer' }, secret: 'parent only' });
      const task = await childTask(parent.processInstanceKey);
      const childVariables = await kit.variables(task.processInstanceKey);
      assert.equal(childVariables.subject, 'Printer');
      assert.equal('secret' in childVariables || 'request' in childVariables, false);

      await kit.completeUserTask(task, { childResult: 'toner replaced' });
      await kit.waitForState(parent.processInstanceKey, 'COMPLETED');
      const variables = await kit.variables(parent.processInstanceKey);
      assert.equal(variables.childResult, 'toner replaced');
      assert.equal('subject' in variables, false, 'the input-mapped variable stays in the call activity scope, where the child variables are merged');
    });

    it('a BPMN error thrown in the called process is caught by an error boundary event on the call activity', async () => {
      const parent = await kit.start('conformance-call-parent', { request: { subject: 'Disk' } });
      const task = await childTask(parent.processInstanceKey);
      await kit.completeUserTask(task, { failed: true });
      await kit.waitForState(parent.processInstanceKey, 'COMPLETED');
      assert.deepEqual((await kit.completed(parent.processInstanceKey)).slice(-2), ['Event_child_failed', 'EndEvent_failed']);
      await kit.waitForState(task.processInstanceKey, 'TERMINATED');
    });

    it('cancelling the calling instance cancels the called one', async () => {
      const parent = await kit.start('conformance-call-parent', { request: { subject: 'Mouse' } });
      const task = await childTask(parent.processInstanceKey);
      await kit.cancel(parent.processInstanceKey);
      await kit.waitForState(parent.processInstanceKey, 'TERMINATED');
      await kit.waitForState(task.processInstanceKey, 'TERMINATED');
      assert.equal(await kit.engine.getUserTask(task.key).then((found) => found?.state === 'CREATED'), false, 'the child task is no longer open');
    });

    it('calling a process that is not deployed raises an incident; deploying it and resolving the incident calls it', async () => {
      const childProcessId = kit.uniqueKey('conformance-call-late-child');
      const parent = await kit.start('conformance-call-parent-dynamic', { childProcessId });
      const incident = await kit.incident(parent.processInstanceKey);
      assert.equal(incident.type, 'CALLED_ELEMENT_ERROR');
      assert.equal(incident.elementId, 'Call_dynamic');
      assert.equal((await kit.instance(parent.processInstanceKey)).state, 'ACTIVE');

      await kit.deployXml('call-late-child.bpmn', fs.readFileSync(model('call-late-child'), 'utf8').replaceAll('conformance-call-late-child', childProcessId));
      await kit.resolve(incident);
      await kit.waitForState(parent.processInstanceKey, 'COMPLETED');
      assert.equal((await kit.variables(parent.processInstanceKey)).answer, 'answered by the late child');
    });
  });
}
