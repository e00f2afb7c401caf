import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import pino from 'pino';
import { BusinessRuleError } from '../../core/errors/business-rule-error.js';
import { createTestDatabase, type TestDatabase } from '../../database/test-support/test-database.js';
import type { ProcessEngine } from '../process-engine.js';
import { clusterConfig, eventually, noCluster, testProcess } from './test-support.js';
import { ZeebeProcessEngine } from './zeebe-process-engine.js';

// Runs against the Camunda 8.8 cluster named by ZEEBE_ADDRESS / ZEEBE_REST_ADDRESS (and the OAuth
// variables for SaaS); skipped without one. Run with --test-force-exit: the SDK lingers after close.

const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'warn' });

async function ended(engine: ProcessEngine, processInstanceKey: string) {
  return eventually(async () => {
    const instance = await engine.getProcessInstance(processInstanceKey);
    return instance && instance.state !== 'ACTIVE' ? instance : undefined;
  }, `instance ${processInstanceKey} to end`);
}

describe('ZeebeProcessEngine on a real cluster', { skip: noCluster, timeout: 300_000 }, () => {
  let test: TestDatabase;
  let engine: ZeebeProcessEngine;

  before(async () => {
    test = await createTestDatabase();
    engine = new ZeebeProcessEngine(clusterConfig(), test.db, logger);
    await engine.start();
  });
  after(async () => {
    await engine?.stop();
    await test?.dispose();
  });

  it('reports the cluster up', async () => {
    const health = await engine.health();
    assert.equal(health.state, 'up', health.detail);
  });

  it('deploys a new version only when the XML changed, and reports the existing one otherwise', async () => {
    const model = testProcess('user-task');
    const [first] = await engine.deploy([model.resource()]);
    const [again] = await engine.deploy([model.resource()]);
    const [changed] = await engine.deploy([model.resource('Pishkhan adapter test, renamed')]);
    assert.equal(first?.version, 1);
    assert.deepEqual(again, first);
    assert.equal(changed?.version, 2);

    const definitions = await eventually(async () => {
      const found = await engine.listProcessDefinitions(model.bpmnProcessId);
      return found.length === 2 ? found : undefined;
    }, 'both versions to be searchable');
    assert.deepEqual(definitions.map((d) => d.version).sort(), [1, 2]);
    assert.ok(definitions.every((d) => d.deployedAt.getTime() > 0));
    const xml = await engine.getProcessDefinitionXml(first!.processDefinitionKey);
    assert.match(xml, new RegExp(model.bpmnProcessId));
  });

  it('starts an instance with variables and a business key, and reads them back', async () => {
    const model = testProcess('user-task');
    await engine.deploy([model.resource()]);
    const started = await engine.startProcess(model.bpmnProcessId, { ticketId: 'T-1', amount: 3 }, { businessKey: 'T-1' });
    assert.match(started.processInstanceKey, /^\d+$/);
    const instance = await eventually(() => engine.getProcessInstance(started.processInstanceKey), 'the instance');
    assert.equal(instance.businessKey, 'T-1');
    assert.equal(instance.state, 'ACTIVE');
    const variables = await eventually(async () => {
      const found = await engine.getVariables(started.processInstanceKey);
      return 'amount' in found ? found : undefined;
    }, 'the variables');
    assert.deepEqual(variables, { ticketId: 'T-1', amount: 3 });
    const counts = await eventually(async () => {
      const found = await engine.countActiveInstances(model.bpmnProcessId);
      return found.length > 0 ? found : undefined;
    }, 'the active count');
    assert.equal(counts[0]?.active, 1);
    await engine.cancelProcessInstance(started.processInstanceKey);
    assert.equal((await ended(engine, started.processInstanceKey)).state, 'TERMINATED');
  });

  it('runs a job worker that completes its job with variables', async () => {
    const model = testProcess('service-task');
    await engine.deploy([model.resource()]);
    const worker = engine.createWorker<{ ticketId: string }, { template: string }>({
      taskType: model.taskType,
      fetchVariables: ['ticketId'],
      handler: async (job) => job.complete({ sentFor: job.variables.ticketId, template: job.customHeaders.template }),
    });
    const started = await engine.startProcess(model.bpmnProcessId, { ticketId: 'T-2', ignored: true });
    assert.equal((await ended(engine, started.processInstanceKey)).state, 'COMPLETED');
    const variables = await eventually(async () => {
      const found = await engine.getVariables(started.processInstanceKey);
      return 'sentFor' in found ? found : undefined;
    }, 'the completed variables');
    assert.deepEqual([variables.sentFor, variables.template], ['T-2', 'ticket-created']);
    await worker.close();
  });

  it('turns a thrown BusinessRuleError into a BPMN error caught by the model', async () => {
    const model = testProcess('service-task');
    await engine.deploy([model.resource()]);
    const worker = engine.createWorker({
      taskType: model.taskType,
      handler: async () => {
        throw new BusinessRuleError('TEST_ERROR', 'the ticket is closed');
      },
    });
    const started = await engine.startProcess(model.bpmnProcessId, {});
    await ended(engine, started.processInstanceKey);
    const history = await eventually(async () => {
      const found = await engine.getHistory(started.processInstanceKey);
      return found.some((event) => event.elementId === 'Handled' && event.kind === 'ELEMENT_COMPLETED') ? found : undefined;
    }, 'the error path in the history');
    assert.ok(history.some((event) => event.elementId === 'Work' && event.kind === 'ELEMENT_TERMINATED'));
    await worker.close();
  });

  it('raises an incident for an unexpected error and resolves it with retries given back', async () => {
    const model = testProcess('service-task');
    await engine.deploy([model.resource()]);
    let broken = true;
    const worker = engine.createWorker({
      taskType: model.taskType,
      handler: async (job) => {
        if (broken) throw new TypeError('a bug');
        return job.complete();
      },
    });
    const started = await engine.startProcess(model.bpmnProcessId, {});
    const [incident] = await eventually(async () => {
      const found = await engine.listIncidents({ processInstanceKey: started.processInstanceKey });
      return found.length > 0 ? found : undefined;
    }, 'the incident');
    assert.equal(incident?.type, 'JOB_NO_RETRIES');
    assert.equal(incident?.elementId, 'Work');
    assert.match(incident?.message ?? '', /TypeError: a bug/);

    broken = false;
    await engine.resolveIncident(incident!.key);
    assert.equal((await ended(engine, started.processInstanceKey)).state, 'COMPLETED');
    await worker.close();
  });

  it('lists, assigns and completes a Camunda user task', async () => {
    const model = testProcess('user-task');
    await engine.deploy([model.resource()]);
    const started = await engine.startProcess(model.bpmnProcessId, {});
    const [task] = await eventually(async () => {
      const found = await engine.listUserTasks({ processInstanceKey: started.processInstanceKey, candidateGroups: ['support'] });
      return found.length > 0 ? found : undefined;
    }, 'the user task');
    assert.equal(task?.elementId, 'Review');
    assert.equal(task?.priority, 70);
    assert.deepEqual(task?.candidateGroups, ['support']);

    await engine.assignUserTask(task!.key, 'maryam');
    await eventually(async () => ((await engine.getUserTask(task!.key))?.assignee === 'maryam' ? true : undefined), 'the assignment');
    await engine.completeUserTask(task!.key, { approved: true });
    assert.equal((await ended(engine, started.processInstanceKey)).state, 'COMPLETED');
  });

  it('correlates a published message to a waiting instance', async () => {
    const model = testProcess('message');
    await engine.deploy([model.resource()]);
    const started = await engine.startProcess(model.bpmnProcessId, { ticketId: 'T-3' });
    await eventually(async () => {
      const history = await engine.getHistory(started.processInstanceKey);
      return history.some((event) => event.elementId === 'WaitForReply') ? true : undefined;
    }, 'the instance to wait for the message');
    const { messageKey } = await engine.publishMessage({ name: model.message, correlationKey: 'T-3', variables: { reply: 'ok' }, timeToLiveMs: 60_000, messageId: 'reply-T-3' });
    assert.match(messageKey, /^\d+$/);
    assert.equal((await ended(engine, started.processInstanceKey)).state, 'COMPLETED');
  });

  it('sends on start a command a crashed process left in the outbox', async () => {
    const model = testProcess('user-task');
    await engine.deploy([model.resource()]);
    const started = await engine.startProcess(model.bpmnProcessId, {});
    const [task] = await eventually(async () => {
      const found = await engine.listUserTasks({ processInstanceKey: started.processInstanceKey });
      return found.length > 0 ? found : undefined;
    }, 'the user task');

    // Given a process that wrote the completion in its transaction and died before sending it
    const crashed = new ZeebeProcessEngine(clusterConfig({ outboxLeaseMs: 0 }), test.db, logger);
    await test.db.transaction((tx) => crashed.completeUserTask(task!.key, { approved: true }, { tx }));
    const left = await test.db.read.all<{ kind: string }>('SELECT kind FROM engine_outbox');
    assert.deepEqual(left.map((row) => row.kind), ['complete-user-task']);

    // When another process starts
    const restarted = new ZeebeProcessEngine(clusterConfig(), test.db, logger);
    await restarted.start();
    try {
      // Then the completion reaches Zeebe and leaves the outbox
      assert.equal((await ended(restarted, started.processInstanceKey)).state, 'COMPLETED');
      assert.deepEqual(await test.db.read.all('SELECT id FROM engine_outbox'), []);
    } finally {
      await restarted.stop();
      await crashed.stop();
    }
  });

  it('starts an instance in the caller transaction only once it has committed', async () => {
    const model = testProcess('user-task');
    await engine.deploy([model.resource()]);
    const pending = await test.db.transaction((tx) => engine.startProcess(model.bpmnProcessId, { ticketId: 'T-4' }, { tx, businessKey: 'T-4' }));
    assert.equal(pending.processInstanceKey, '');
    const counts = await eventually(async () => {
      const found = await engine.countActiveInstances(model.bpmnProcessId);
      return found.length > 0 ? found : undefined;
    }, 'the instance started after the commit');
    assert.equal(counts[0]?.active, 1);
    const recorded = await test.db.read.all<{ business_key: string }>("SELECT business_key FROM engine_zeebe_instances WHERE business_key = 'T-4'");
    assert.equal(recorded.length, 1);
  });
});
