import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase } from '../../../database/test-support/test-database.js';
import { modelsOf } from '../../../database/models/index.js';
import type { DeployRejection, DeployResponse, InstancePath, LintResponse, ProcessListResponse, ProcessVersionXml } from '../../contract/processes.js';
import { PROCESSES_DIR, startProcessesTestApi, type ProcessesTestApi } from './test-support/processes-test-api.js';
import { signalModel, stuckGatewayModel } from './test-support/small-models.js';

const lifecycleXml = fs.readFileSync(path.join(PROCESSES_DIR, 'ticket-lifecycle.bpmn'), 'utf8');
const renamed = lifecycleXml.replace('<bpmn:serviceTask id="Task_route" name="Route">', '<bpmn:serviceTask id="Task_route" name="Route the ticket">');
const withoutJobType = lifecycleXml.replace('<zeebe:taskDefinition type="ticket.route" retries="3" />', '');

describe('the processes API over HTTP', () => {
  let api: ProcessesTestApi;
  before(async () => {
    api = await startProcessesTestApi(await createTestDatabase());
  });
  after(() => api.close());

  const lifecycle = (list: ProcessListResponse) => list.processes.find((process) => process.bpmnProcessId === 'ticket-lifecycle')!;

  describe('GET /api/processes', () => {
    it('given the processes deployed at start-up, when a designer lists them, then each has version 1 with no known deployer and no running instance', async () => {
      const answer = await (await api.as('designer')).get<ProcessListResponse>('/api/processes');
      assert.equal(answer.status, 200);
      assert.deepEqual(answer.body.processes.map((process) => process.bpmnProcessId), ['feedback', 'ticket-lifecycle']);
      const process = lifecycle(answer.body);
      assert.equal(process.name, 'Ticket lifecycle');
      assert.equal(process.latestVersion, 1);
      assert.equal(process.versions[0]?.deployedBy, null);
      assert.equal(process.versions[0]?.resourceName, 'ticket-lifecycle.bpmn');
      assert.equal(process.activeInstances, 0);
    });

    it('given a ticket registered, when listing, then its version counts one running instance', async () => {
      await api.registerTicket();
      const answer = await (await api.as('auditor')).get<ProcessListResponse>('/api/processes');
      assert.equal(lifecycle(answer.body).versions[0]?.activeInstances, 1);
      assert.equal(lifecycle(answer.body).activeInstances, 1);
    });

    it('given callers without a reading role, when listing, then anonymous gets 401 and staff and requesters 403; admins may read', async () => {
      assert.equal((await api.client().get('/api/processes')).status, 401);
      assert.equal((await (await api.as('reza')).get('/api/processes')).status, 403);
      assert.equal((await (await api.as('sara')).get('/api/processes')).status, 403);
      assert.equal((await (await api.as('admin')).get('/api/processes')).status, 200);
    });
  });

  describe('GET /api/processes/:id/versions/:version', () => {
    it('given a deployed version, when a designer opens it, then its XML comes back as deployed', async () => {
      const answer = await (await api.as('designer')).get<ProcessVersionXml>('/api/processes/ticket-lifecycle/versions/1');
      assert.equal(answer.status, 200);
      assert.equal(answer.body.xml, lifecycleXml);
      assert.equal(answer.body.resourceName, 'ticket-lifecycle.bpmn');
    });

    it('given an unknown version or process, when asked for, then 404; staff get 403', async () => {
      const designer = await api.as('designer');
      assert.equal((await designer.get('/api/processes/ticket-lifecycle/versions/99')).status, 404);
      assert.equal((await designer.get('/api/processes/nothing-here/versions/1')).status, 404);
      assert.equal((await designer.get('/api/processes/ticket-lifecycle/versions/zero')).status, 400);
      assert.equal((await (await api.as('reza')).get('/api/processes/ticket-lifecycle/versions/1')).status, 403);
    });
  });

  describe('POST /api/processes/lint', () => {
    it('given a service task without a job type, when linted, then the problem names the element and the field, in Persian by default and in English when asked', async () => {
      const fa = await (await api.as('designer')).post<LintResponse>('/api/processes/lint', { xml: withoutJobType });
      assert.equal(fa.status, 200);
      assert.equal(fa.body.platformVersion, '8.6');
      const error = fa.body.problems.find((problem) => problem.severity === 'error');
      assert.deepEqual(error, { elementId: 'Task_route', elementName: 'Route', severity: 'error', rule: 'camunda-compat/implementation', message: 'وظیفهٔ سرویس باید «Task definition type» داشته باشد.' });
      const en = await (await api.as('designer', 'en')).post<LintResponse>('/api/processes/lint', { xml: withoutJobType });
      assert.equal(en.body.problems.find((problem) => problem.severity === 'error')?.message, 'A <Service Task> must have a defined <Task definition type>.');
    });

    it('given the shipped model, when linted, then it has no errors (user tasks without forms are warnings)', async () => {
      const answer = await (await api.as('designer')).post<LintResponse>('/api/processes/lint', { xml: lifecycleXml });
      assert.deepEqual(answer.body.problems.filter((problem) => problem.severity === 'error'), []);
      assert.ok(answer.body.problems.some((problem) => problem.elementId === 'Task_handle' && problem.severity === 'warning'));
    });

    it('given text that is not BPMN, when linted, then one problem says so', async () => {
      const answer = await (await api.as('designer')).post<LintResponse>('/api/processes/lint', { xml: '<html>no</html>' });
      assert.equal(answer.body.problems.length, 1);
      assert.equal(answer.body.problems[0]?.rule, 'bpmn');
    });

    it('given a model made for Camunda 7, when linted, then it is refused as made for another platform', async () => {
      const camunda7 = lifecycleXml.replace('modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.6.0"', 'modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.22.0"');
      const answer = await (await api.as('designer', 'en')).post<LintResponse>('/api/processes/lint', { xml: camunda7 });
      assert.ok(answer.body.problems.some((problem) => problem.rule === 'platform' && problem.message.includes('Camunda Platform')));
    });

    it('given a non-designer or a browser without the CSRF header, when linting, then 403', async () => {
      assert.equal((await (await api.as('auditor')).post('/api/processes/lint', { xml: lifecycleXml })).status, 403);
      assert.equal((await (await api.as('designer')).post('/api/processes/lint', { xml: lifecycleXml }, { withoutCsrf: true })).status, 403);
      assert.equal((await (await api.as('designer')).post('/api/processes/lint', { xml: '' })).status, 400);
    });
  });

  describe('POST /api/processes/deployments', () => {
    it('given an edited model, when a designer deploys it, then it is version 2 by them, and running instances stay on version 1', async () => {
      const designer = await api.as('designer');
      const answer = await designer.post<DeployResponse>('/api/processes/deployments', { xml: renamed });
      assert.equal(answer.status, 201);
      assert.equal(answer.body.bpmnProcessId, 'ticket-lifecycle');
      assert.equal(answer.body.version, 2);
      assert.equal(answer.body.created, true);
      assert.ok(answer.body.warnings.every((warning) => warning.severity !== 'error'));
      const list = lifecycle((await designer.get<ProcessListResponse>('/api/processes')).body);
      assert.deepEqual(list.versions.map((version) => [version.version, version.activeInstances, version.deployedBy?.displayName ?? null]), [[2, 0, 'الهام رستمی'], [1, 1, null]]);
      const stored = await modelsOf(api.db).ProcessDeployment.findOne({ where: { processDefinitionKey: answer.body.processDefinitionKey } });
      assert.equal(stored?.get().version, 2);
      // New tickets start on the new version.
      const ticket = await api.registerTicket('چاپگر');
      assert.equal((await api.engine.getProcessInstance(ticket.processInstanceKey))?.version, 2);
    });

    it('given the latest version unchanged, when deployed again, then 200 and nothing new', async () => {
      const answer = await (await api.as('designer')).post<DeployResponse>('/api/processes/deployments', { xml: renamed });
      assert.equal(answer.status, 200);
      assert.equal(answer.body.created, false);
      assert.equal(answer.body.version, 2);
    });

    it('given a model with a lint error, when deployed, then 422 with the problem and no new version', async () => {
      const answer = await (await api.as('designer')).post<DeployRejection>('/api/processes/deployments', { xml: withoutJobType });
      assert.equal(answer.status, 422);
      assert.equal(answer.body.code, 'process.lintFailed');
      assert.equal(answer.body.message, 'مدل با قواعد Camunda ۸.۶ سازگار نیست؛ خطاها را برطرف کنید و دوباره منتشر کنید.');
      assert.deepEqual(answer.body.problems.map((problem) => problem.elementId), ['Task_route']);
      assert.equal((await api.engine.listProcessDefinitions('ticket-lifecycle')).length, 2);
    });

    it('given a model the engine cannot run, when deployed, then 422 names the element and the engine’s reason in the user’s language, and nothing is deployed', async () => {
      const fa = await (await api.as('designer')).post<DeployRejection>('/api/processes/deployments', { xml: signalModel() });
      assert.equal(fa.status, 422);
      assert.equal(fa.body.code, 'process.rejectedByEngine');
      assert.equal(fa.body.problems[0]?.elementId, 'Catch_signal');
      assert.match(fa.body.problems[0]?.message ?? '', /^موتور فرایند رویداد میانی دریافتی سیگنال «Go signal» را نپذیرفت: /);
      const en = await (await api.as('designer', 'en')).post<DeployRejection>('/api/processes/deployments', { xml: signalModel() });
      assert.match(en.body.problems[0]?.message ?? '', /^The process engine refused Signal Intermediate Catch Event «Go signal»: .*signal/);
      assert.deepEqual(await api.engine.listProcessDefinitions('signal-wait'), []);
      assert.equal(await modelsOf(api.db).ProcessDeployment.count({ where: { bpmnProcessId: 'signal-wait' } }), 0);
    });

    it('given something that is not BPMN, when deployed, then 422 process.invalid', async () => {
      const answer = await (await api.as('designer')).post<DeployRejection>('/api/processes/deployments', { xml: 'not xml at all' });
      assert.equal(answer.status, 422);
      assert.equal(answer.body.code, 'process.invalid');
    });

    it('given callers who are not designers, when deploying, then 401 or 403 and nothing is deployed', async () => {
      assert.equal((await api.client().post('/api/processes/deployments', { xml: renamed })).status, 401);
      for (const user of ['admin', 'auditor', 'reza'] as const) assert.equal((await (await api.as(user)).post('/api/processes/deployments', { xml: renamed })).status, 403);
      assert.equal((await (await api.as('designer')).post('/api/processes/deployments', { xml: renamed }, { withoutCsrf: true })).status, 403);
      assert.equal((await (await api.as('designer')).post('/api/processes/deployments', { xml: renamed, resourceName: '../etc/passwd' })).status, 400);
    });
  });

  describe('GET /api/processes/instances/:key/path', () => {
    let ticket: { ticketId: number; processInstanceKey: string };
    before(async () => {
      ticket = await api.registerTicket('ایمیل باز نمی‌شود');
      // As routing would: the network expert's position now holds it.
      await modelsOf(api.db).TicketInvolvement.create({ ticketId: ticket.ticketId, positionId: api.desk.positions.networkExpert, since: api.clock.now() });
    });

    it('given a registered ticket waiting for routing, when the position holding it reads the path, then the start and the gateway are completed, the flows taken, and routing active', async () => {
      const answer = await (await api.as('reza')).get<InstancePath>(`/api/processes/instances/${ticket.processInstanceKey}/path`);
      assert.equal(answer.status, 200);
      const path = answer.body;
      assert.equal(path.bpmnProcessId, 'ticket-lifecycle');
      assert.equal(path.version, 2);
      assert.equal(path.state, 'ACTIVE');
      assert.match(path.xml, /Route the ticket/);
      assert.ok(path.completedElementIds.includes('StartEvent_registered'));
      assert.ok(path.completedElementIds.includes('Gateway_resolved_on_spot'));
      assert.deepEqual(path.activeElementIds, ['Task_route']);
      assert.deepEqual(path.takenFlowIds, ['Flow_to_resolved_on_spot', 'Flow_to_route']);
      assert.deepEqual(path.incidents, []);
      assert.ok(!path.completedElementIds.includes('ticket-lifecycle'), 'the process itself is not a step');
      assert.equal(path.steps[0]?.elementId, 'StartEvent_registered');
    });

    it('given who may see the ticket, when reading its path, then the requester, auditors and admins may; an uninvolved expert and the designer are told it does not exist', async () => {
      const url = `/api/processes/instances/${ticket.processInstanceKey}/path`;
      assert.equal((await (await api.as('sara')).get(url)).status, 200);
      assert.equal((await (await api.as('auditor')).get(url)).status, 200);
      assert.equal((await (await api.as('admin')).get(url)).status, 200);
      assert.equal((await (await api.as('parisa')).get(url)).status, 404);
      assert.equal((await (await api.as('designer')).get(url)).status, 404);
      assert.equal((await api.client().get(url)).status, 401);
      assert.equal((await (await api.as('auditor')).get('/api/processes/instances/999999999/path')).status, 404);
      assert.equal((await (await api.as('auditor')).get('/api/processes/instances/abc/path')).status, 400);
    });

    it('given an instance stopped by an incident and no ticket, when an auditor reads its path, then the incident is at the gateway; staff are told it does not exist', async () => {
      const deployed = await (await api.as('designer')).post<DeployResponse>('/api/processes/deployments', { xml: stuckGatewayModel() });
      assert.equal(deployed.status, 201, JSON.stringify(deployed.body));
      const instance = await api.engine.startProcess('stuck-gateway', {}, { actor: 'system' });
      const answer = await (await api.as('auditor')).get<InstancePath>(`/api/processes/instances/${instance.processInstanceKey}/path`);
      assert.equal(answer.status, 200);
      assert.deepEqual(answer.body.incidents.map((incident) => [incident.elementId, incident.type]), [['Gateway', 'CONDITION_ERROR']]);
      assert.deepEqual(answer.body.activeElementIds, ['Gateway']);
      assert.deepEqual(answer.body.completedElementIds, ['Start']);
      assert.equal((await (await api.as('reza')).get(`/api/processes/instances/${instance.processInstanceKey}/path`)).status, 404);
    });
  });
});
