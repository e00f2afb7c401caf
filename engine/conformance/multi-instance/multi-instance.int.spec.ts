import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createProcessTestKit, enginesUnderTest, type ProcessTestKit } from '../../test-kit/process-test-kit.js';

// The kit opens its database with createTestDatabase(): SQLite, and PostgreSQL when `npm test` reruns the database tests.

const model = (name: string) => path.join(import.meta.dirname, `${name}.bpmn`);

for (const engine of enginesUnderTest) {
  describe(`multi-instance activities [${engine}]`, () => {
    let kit: ProcessTestKit;
    before(async () => {
      kit = await createProcessTestKit({ engine });
      await kit.deploy(model('multi-instance-parallel'), model('multi-instance-sequential'));
    });
    after(() => kit.dispose());

    const byAssignee = async (processInstanceKey: string) => Object.fromEntries((await kit.userTasks({ processInstanceKey })).map((task) => [task.assignee, task]));

    it('parallel: one job per item with its input element and loop counter; the output collection follows the input order; the completion condition ends the rest', async () => {
      const seen: Array<{ device: unknown; loopCounter: unknown }> = [];
      const worker = kit.handle('conformance.check-device', async (job) => {
        seen.push({ device: job.variables.device, loopCounter: job.variables.loopCounter });
        return job.complete({ status: job.variables.device === 'router' ? 'faulty' : 'ok' });
      });
      const { processInstanceKey } = await kit.start('conformance-multi-instance-parallel', { devices: ['printer', 'router', 'switch'], voters: ['ali', 'sara', 'reza'] });
      const tasks = await kit.eventually(async () => {
        const found = await byAssignee(processInstanceKey);
        return Object.keys(found).length === 3 ? found : undefined;
      }, 'three vote tasks');
      await worker.close();
      assert.deepEqual(seen.sort((a, b) => Number(a.loopCounter) - Number(b.loopCounter)), [
        { device: 'printer', loopCounter: 1 },
        { device: 'router', loopCounter: 2 },
        { device: 'switch', loopCounter: 3 },
      ]);
      let variables = await kit.variables(processInstanceKey);
      assert.deepEqual(variables.results, ['ok (printer)', 'faulty (router)', 'ok (switch)'], 'each output mapping landed in its own iteration');
      assert.equal('device' in variables || 'loopCounter' in variables || 'result' in variables || 'status' in variables, false);

      await kit.completeUserTask(tasks.sara!, { vote: 'yes' });
      await kit.completeUserTask(tasks.reza!, { vote: 'no' });
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.deepEqual(await kit.userTasks({ processInstanceKey }), [], 'the third vote was no longer needed');
      variables = await kit.variables(processInstanceKey);
      assert.deepEqual(variables.votes, [null, 'yes', 'no']);
      assert.equal((await kit.completed(processInstanceKey)).at(-1), 'EndEvent_voted');
    });

    it('an empty input collection completes the activity at once with an empty output collection', async () => {
      const { processInstanceKey } = await kit.start('conformance-multi-instance-parallel', { devices: [], voters: [] });
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      const variables = await kit.variables(processInstanceKey);
      assert.deepEqual(variables.results, []);
      assert.deepEqual(variables.votes, []);
    });

    it('a boundary timer on the multi-instance activity terminates all its iterations', async () => {
      const worker = kit.handle('conformance.check-device', async (job) => job.complete({ status: 'ok' }));
      const { processInstanceKey } = await kit.start('conformance-multi-instance-parallel', { devices: ['printer'], voters: ['ali', 'sara', 'reza'] });
      const tasks = await kit.eventually(async () => {
        const found = await byAssignee(processInstanceKey);
        return Object.keys(found).length === 3 ? found : undefined;
      }, 'three vote tasks');
      await worker.close();
      await kit.completeUserTask(tasks.ali!, { vote: 'yes' });
      await kit.advance('P1D');
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.deepEqual(await kit.userTasks({ processInstanceKey }), []);
      assert.deepEqual((await kit.completed(processInstanceKey)).slice(-2), ['Event_no_quorum', 'EndEvent_no_quorum']);
      assert.equal('votes' in (await kit.variables(processInstanceKey)), false, 'an interrupted multi-instance activity passes no output collection on');
    });

    it('sequential: one iteration at a time in input order, until the completion condition holds', async () => {
      const { processInstanceKey } = await kit.start('conformance-multi-instance-sequential', { approvers: ['maryam', 'hamid', 'omid'] });
      const first = await kit.userTask(processInstanceKey);
      assert.equal(first.assignee, 'maryam');
      assert.equal((await kit.engine.getVariables(processInstanceKey, first.elementInstanceKey)).loopCounter, 1);
      await kit.completeUserTask(first, { decision: 'approve' });

      const second = await kit.userTask(processInstanceKey);
      assert.equal(second.assignee, 'hamid');
      assert.equal((await kit.engine.getVariables(processInstanceKey, second.elementInstanceKey)).loopCounter, 2);
      await kit.completeUserTask(second, { decision: 'reject' });

      await kit.waitForState(processInstanceKey, 'COMPLETED');
      const variables = await kit.variables(processInstanceKey);
      assert.deepEqual(variables.decisions, ['approve', 'reject', null], 'omid was never asked');
      assert.equal('decision' in variables, false, 'the output element variable is local to each iteration');
    });
  });
}
