import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createProcessTestKit, enginesUnderTest, type ProcessTestKit } from '../../test-kit/process-test-kit.js';

// The kit opens its database with createTestDatabase(): SQLite, and PostgreSQL when `npm test` reruns the database tests.

const model = path.join(import.meta.dirname, 'embedded-subprocess.bpmn');

for (const engine of enginesUnderTest) {
  describe(`embedded sub-process [${engine}]`, () => {
    let kit: ProcessTestKit;
    before(async () => {
      kit = await createProcessTestKit({ engine });
      await kit.deploy(model);
    });
    after(() => kit.dispose());

    it('has its own scope of input-mapped variables, passes only its output mappings on, and completes when its last path ends', async () => {
      const { processInstanceKey } = await kit.start('conformance-embedded-subprocess', { customer: { name: 'Nasrin' } });
      const ask = await kit.userTask(processInstanceKey, 'Task_ask');
      assert.deepEqual((await kit.active(processInstanceKey)).sort(), ['Sub_collect', 'Task_ask']);
      const inside = await kit.engine.getVariables(processInstanceKey, ask.elementInstanceKey);
      assert.equal(inside.attempts, 0);
      assert.equal(inside.addressee, 'Nasrin');
      assert.equal('attempts' in (await kit.variables(processInstanceKey)), false, 'the local variable is not visible in the process scope');

      await kit.completeUserTask(ask, { attempts: 1, answers: ['weekday mornings'] });
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      const variables = await kit.variables(processInstanceKey);
      assert.deepEqual(variables.collected, ['weekday mornings']);
      assert.equal(variables.attemptsUsed, 1, 'the completion updated the sub-process variable, read by the output mapping');
      assert.equal('attempts' in variables || 'addressee' in variables, false, 'local variables end with the sub-process');
      assert.deepEqual(variables.answers, ['weekday mornings'], 'a variable no scope had is created in the process scope');
      assert.deepEqual(await kit.completed(processInstanceKey), ['StartEvent_1', 'SubStart', 'Task_ask', 'SubEnd', 'Sub_collect', 'EndEvent_collected']);
    });

    it('an interrupting boundary timer on the sub-process terminates everything inside it', async () => {
      const { processInstanceKey } = await kit.start('conformance-embedded-subprocess', { customer: { name: 'Omid' } });
      await kit.userTask(processInstanceKey, 'Task_ask');
      await kit.advance('P1D');
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      const terminated = (await kit.history(processInstanceKey)).filter((event) => event.kind === 'ELEMENT_TERMINATED').map((event) => event.elementId);
      assert.deepEqual(terminated.sort(), ['Sub_collect', 'Task_ask']);
      assert.deepEqual((await kit.completed(processInstanceKey)).slice(-2), ['Event_timeout', 'EndEvent_timed_out']);
      assert.equal('collected' in (await kit.variables(processInstanceKey)), false, 'no output mapping for an interrupted sub-process');
    });
  });
}
