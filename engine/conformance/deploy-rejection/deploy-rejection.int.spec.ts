import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DeploymentRejectedError } from '../../engine-errors.js';
import { createProcessTestKit, enginesUnderTest, type ProcessTestKit } from '../../test-kit/process-test-kit.js';

// The kit opens its database with createTestDatabase(): SQLite, and PostgreSQL when `npm test` reruns the database tests.

const model = (name: string) => path.join(import.meta.dirname, `${name}.bpmn`);

/** Features Zeebe runs but the embedded engine does not: refused when deployed, never run wrongly. */
const unsupported = [
  { file: 'dmn-business-rule-task', processId: 'conformance-rejected-dmn', elementId: 'Task_decide', feature: /DMN decisions/ },
  { file: 'signal-event', processId: 'conformance-rejected-signal', elementId: 'Event_signal', feature: /signal events/ },
  { file: 'conditional-event', processId: 'conformance-rejected-conditional', elementId: 'Event_condition', feature: /conditional events/ },
  { file: 'compensation', processId: 'conformance-rejected-compensation', elementId: 'Event_compensate', feature: /compensation/ },
  { file: 'execution-listener', processId: 'conformance-rejected-listeners', elementId: 'Task_notify', feature: /execution listeners/ },
  { file: 'task-listener', processId: 'conformance-rejected-task-listener', elementId: 'Task_approve', feature: /task listeners/ },
  { file: 'ad-hoc-subprocess', processId: 'conformance-rejected-ad-hoc', elementId: 'AdHoc_tasks', feature: /ad-hoc sub-processes/ },
];

describe('deployment of a model using a feature the embedded engine does not support [embedded]', () => {
  let kit: ProcessTestKit;
  before(async () => {
    kit = await createProcessTestKit({ engine: 'embedded' });
  });
  after(() => kit.dispose());

  for (const { file, processId, elementId, feature } of unsupported) {
    it(`rejects ${file}.bpmn, naming ${elementId} and the feature`, async () => {
      await assert.rejects(kit.deploy(model(file)), (error: unknown) => {
        assert.ok(error instanceof DeploymentRejectedError, `expected a DeploymentRejectedError, got ${String(error)}`);
        assert.equal(error.resourceName, `${file}.bpmn`);
        assert.ok(
          error.problems.some((problem) => problem.elementId === elementId && feature.test(problem.message)),
          `expected a problem at ${elementId} matching ${feature}, got ${JSON.stringify(error.problems)}`,
        );
        assert.match(error.message, new RegExp(elementId));
        return true;
      });
      assert.deepEqual(await kit.engine.listProcessDefinitions(processId), [], 'nothing of a rejected file is deployed');
    });
  }

  it('rejects the whole deployment when one of its resources is unsupported', async () => {
    const supported = fs.readFileSync(path.join(import.meta.dirname, '../service-task/service-task.bpmn'), 'utf8').replaceAll('conformance-service-task', 'conformance-rejected-companion');
    await assert.rejects(
      kit.engine.deploy([
        { name: 'companion.bpmn', content: supported },
        { name: 'signal-event.bpmn', content: fs.readFileSync(model('signal-event'), 'utf8') },
      ]),
      (error: unknown) => error instanceof DeploymentRejectedError && error.resourceName === 'signal-event.bpmn',
    );
    assert.deepEqual(await kit.engine.listProcessDefinitions('conformance-rejected-companion'), [], 'the supported resource of the same deployment is not deployed either');
  });
});

for (const engine of enginesUnderTest) {
  describe(`deployment of a model Zeebe itself rejects [${engine}]`, () => {
    let kit: ProcessTestKit;
    before(async () => {
      kit = await createProcessTestKit({ engine });
    });
    after(() => kit.dispose());

    it('rejects an event-based gateway followed by a receive task', async () => {
      await assert.rejects(kit.deploy(model('event-gateway-to-receive-task')), (error: unknown) => {
        assert.ok(error instanceof DeploymentRejectedError);
        if (engine === 'embedded') assert.ok(error.problems.some((problem) => problem.elementId === 'Flow_to_receive' && /event-based gateway/.test(problem.message)));
        return true;
      });
      assert.deepEqual(await kit.engine.listProcessDefinitions('conformance-rejected-event-gateway'), []);
    });
  });
}
