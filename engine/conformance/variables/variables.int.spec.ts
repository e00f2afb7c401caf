import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createProcessTestKit, enginesUnderTest, type ProcessTestKit } from '../../test-kit/process-test-kit.js';
import type { Variables } from '../../variables.js';

// The kit opens its database with createTestDatabase(): SQLite, and PostgreSQL when `npm test` reruns the database tests.

const model = path.join(import.meta.dirname, 'variables.bpmn');

for (const engine of enginesUnderTest) {
  describe(`variables: scopes, propagation, mappings and Camunda's FEEL built-ins [${engine}]`, () => {
    let kit: ProcessTestKit;
    before(async () => {
      kit = await createProcessTestKit({ engine });
      await kit.deploy(model);
    });
    after(() => kit.dispose());

    it('keeps input-mapped variables in their scope, propagates job results to the nearest scope that has them, and maps outputs in order', async () => {
      const seen: Record<string, Variables> = {};
      const rootAtCheck: Variables[] = [];
      const price = kit.handle('conformance.price', async (job) => {
        seen.price = job.variables;
        return job.complete({ localCounter: 1, status: 'priced', note: 'vip customer', price: 90 });
      });
      const check = kit.handle('conformance.check-scope', async (job) => {
        seen.check = job.variables;
        rootAtCheck.push(await kit.variables(job.processInstanceKey));
        return job.complete();
      });
      const { processInstanceKey } = await kit.start('conformance-variables', {
        order: { id: 'A-42', items: ['toner', 'cable'] },
        status: 'new',
        rawName: '  Sara Ahmadi ',
        tags: [],
        code: 'not a number',
        customer: { name: 'Sara', address: { street: 'Zand' } },
      });
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      await Promise.all([price.close(), check.close()]);

      assert.equal(seen.price?.localCounter, 0, 'the sub-process input mapping is visible inside it');
      assert.deepEqual(seen.price?.request, { meta: { source: 'portal' }, orderId: 'A-42' }, 'nested input targets build one local object');
      assert.equal(seen.check?.localCounter, 1, 'the job result updated the variable in the sub-process scope');
      assert.equal(seen.check?.status, 'priced');
      assert.equal('localCounter' in rootAtCheck[0]!, false, 'the sub-process variable did not reach the process scope');
      assert.equal(rootAtCheck[0]!.status, 'priced', 'an existing process variable was updated where it lives');
      assert.equal(rootAtCheck[0]!.note, 'vip customer', 'a new variable is created in the process scope');

      const variables = await kit.variables(processInstanceKey);
      assert.equal(variables.counterFromSub, 1, 'the sub-process output mapping');
      assert.equal('request' in variables, false, 'local variables end with their scope');
      assert.equal(variables.total, 180);
      assert.equal(variables.grandTotal, 200, 'an output mapping sees the targets of the mappings before it');
      assert.deepEqual(variables.customer, { name: 'Sara', address: { street: 'Zand', city: 'Shiraz' } }, 'a nested output target merges into the existing value');
    });

    it("evaluates Camunda's FEEL extensions: is defined, get or else, trim, is empty; a failing function call yields null", async () => {
      const price = kit.handle('conformance.price', async (job) => job.complete({ price: 10 }));
      const check = kit.handle('conformance.check-scope', async (job) => job.complete());
      const { processInstanceKey } = await kit.start('conformance-variables', {
        order: { id: 'B-7', items: ['mouse'] },
        note: 'call back',
        rawName: '\t Reza  ',
        tags: [],
        code: 'abc',
        customer: {},
      });
      await kit.waitForState(processInstanceKey, 'COMPLETED');
      await Promise.all([price.close(), check.close()]);
      assert.deepEqual((await kit.variables(processInstanceKey)).checks, {
        hasNote: true,
        hasMissing: false,
        hasMissingProperty: false,
        fallback: 'none',
        kept: 'call back',
        trimmed: 'Reza',
        noTags: true,
        someItems: false,
        unparsable: -1,
        joined: 'MOUSE',
      });
      assert.equal((await kit.variables(processInstanceKey)).parsedCode, null, 'a mapping whose function call fails maps null, as Zeebe does, instead of raising an incident');
    });
  });
}
