import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createProcessTestKit, enginesUnderTest, type ProcessTestKit } from '../../test-kit/process-test-kit.js';

// The kit opens its database with createTestDatabase(): SQLite, and PostgreSQL when `npm test` reruns the database tests.

const staticModel = path.join(import.meta.dirname, 'user-task-static.bpmn');
const expressionModel = path.join(import.meta.dirname, 'user-task-expressions.bpmn');
const hours = (n: number) => n * 3_600_000;

for (const engine of enginesUnderTest) {
  describe(`user task (Camunda user task) [${engine}]`, () => {
    let kit: ProcessTestKit;
    before(async () => {
      kit = await createProcessTestKit({ engine });
      await kit.deploy(staticModel, expressionModel);
    });
    after(() => kit.dispose());

    it('offers the task with its static assignee, candidates, dates and priority, and waits until it is completed', async () => {
      const { processInstanceKey } = await kit.start('conformance-user-task-static');
      const task = await kit.userTask(processInstanceKey, 'Task_review');
      assert.equal(task.name, 'Review request');
      assert.equal(task.assignee, 'ali');
      assert.deepEqual([...task.candidateGroups], ['it-support', 'network']);
      assert.deepEqual([...task.candidateUsers], ['sara', 'reza']);
      assert.equal(Date.parse(task.dueDate ?? ''), Date.parse('2026-01-05T17:00:00+03:30'));
      assert.equal(Date.parse(task.followUpDate ?? ''), Date.parse('2026-01-04T09:00:00+03:30'));
      assert.equal(task.priority, 70);
      assert.deepEqual(await kit.active(processInstanceKey), ['Task_review']);

      const offered = async (query: Parameters<ProcessTestKit['userTasks']>[0]) => (await kit.userTasks(query)).some((candidate) => candidate.key === task.key);
      assert.equal(await offered({ candidateGroups: ['network'] }), true, 'found through one of its candidate groups');
      assert.equal(await offered({ candidateUser: 'reza' }), true, 'found through one of its candidate users');
      assert.equal(await offered({ assignee: 'ali' }), true);
      assert.equal(await offered({ candidateGroups: ['finance'] }), false);

      await kit.completeUserTask(task, { approved: true }, 'ali');
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      assert.equal((await kit.variables(processInstanceKey)).approved, true, 'the variables of the completion are merged into the process');
      assert.deepEqual(await kit.completed(processInstanceKey), ['StartEvent_1', 'Task_review', 'EndEvent_1']);
    });

    it('evaluates FEEL assignee, candidate groups and users, due and follow-up dates and priority when the task is created', async () => {
      const startedAt = kit.now().getTime();
      const { processInstanceKey } = await kit.start('conformance-user-task-expressions', {
        requester: { name: 'Reza', manager: 'maryam' },
        region: 'shiraz',
        approvers: ['hamid', 'nasrin'],
        urgent: true,
        decisionDesk: ['records'],
      });
      const task = await kit.userTask(processInstanceKey, 'Task_approve');
      assert.equal(task.assignee, 'maryam');
      assert.deepEqual([...task.candidateGroups], ['it-support', 'shiraz-desk']);
      assert.deepEqual([...task.candidateUsers], ['hamid', 'nasrin']);
      assert.equal(Date.parse(task.dueDate ?? ''), startedAt + hours(48));
      assert.equal(Date.parse(task.followUpDate ?? ''), startedAt + hours(4));
      assert.equal(task.priority, 90);

      const other = await kit.start('conformance-user-task-expressions', { requester: { manager: 'omid' }, region: 'tabriz', approvers: [], urgent: false, decisionDesk: ['records'] });
      assert.equal((await kit.userTask(other.processInstanceKey, 'Task_approve')).priority, 40);
      await kit.cancel(other.processInstanceKey);
    });

    it('can be claimed and released, and a task without assignment data has no assignee and the default priority', async () => {
      const { processInstanceKey } = await kit.start('conformance-user-task-expressions', { requester: { manager: 'maryam' }, region: 'yazd', approvers: ['hamid'], urgent: false, decisionDesk: ['records'] });
      const approve = await kit.userTask(processInstanceKey, 'Task_approve');
      await kit.engine.assignUserTask(approve.key, 'hamid');
      await kit.eventually(async () => ((await kit.engine.getUserTask(approve.key))?.assignee === 'hamid' ? true : undefined), 'the task to be assigned to hamid');
      assert.deepEqual((await kit.userTasks({ assignee: 'hamid' })).map((task) => task.key), [approve.key]);
      await kit.engine.assignUserTask(approve.key, undefined);
      await kit.eventually(async () => ((await kit.engine.getUserTask(approve.key))?.assignee === undefined ? true : undefined), 'the task to be released');
      assert.deepEqual(await kit.userTasks({ assignee: 'hamid' }), []);
      await kit.completeUserTask(approve, { decision: 'approved', note: 'within budget' }, 'hamid');

      const record = await kit.userTask(processInstanceKey, 'Task_record');
      assert.equal(record.assignee, undefined);
      assert.deepEqual([...record.candidateGroups], ['records']);
      assert.equal(record.priority, 50);
      await kit.completeUserTask(record, { note: 'filed in archive', archiveShelf: 12 });
      await kit.waitForState(processInstanceKey, 'COMPLETED');

      const variables = await kit.variables(processInstanceKey);
      assert.equal(variables.decision, 'approved');
      assert.equal(variables.recordNote, 'filed in archive', 'the output mapping sees the completion variables');
      assert.equal(variables.note, 'within budget', 'with an output mapping the completion variables stay local to the task');
      assert.equal('archiveShelf' in variables, false);
    });

    it('an assignee expression without a value raises an incident; with the variable set, resolving it creates the task', async () => {
      const { processInstanceKey } = await kit.start('conformance-user-task-expressions', { requester: { name: 'Reza' }, region: 'qom', approvers: [], urgent: false, decisionDesk: ['records'] });
      const incident = await kit.incident(processInstanceKey);
      assert.equal(incident.type, 'EXTRACT_VALUE_ERROR');
      assert.equal(incident.elementId, 'Task_approve');
      assert.deepEqual(await kit.userTasks({ processInstanceKey }), []);

      await kit.setVariables(processInstanceKey, { requester: { name: 'Reza', manager: 'leila' } });
      await kit.resolve(incident);
      assert.equal((await kit.userTask(processInstanceKey, 'Task_approve')).assignee, 'leila');
      await kit.cancel(processInstanceKey);
    });

    it('candidate groups from an expression must be a list of strings: a single string raises an incident', async () => {
      const { processInstanceKey } = await kit.start('conformance-user-task-expressions', { requester: { manager: 'maryam' }, region: 'kish', approvers: ['hamid'], urgent: false, decisionDesk: 'records' });
      await kit.completeUserTask(await kit.userTask(processInstanceKey, 'Task_approve'), {});
      const incident = await kit.incident(processInstanceKey);
      assert.equal(incident.type, 'EXTRACT_VALUE_ERROR');
      assert.equal(incident.elementId, 'Task_record');
      await kit.cancel(processInstanceKey);
    });
  });
}
