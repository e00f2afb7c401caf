import type { Router } from 'express';
import { z } from 'zod';
import type { ApiDeps } from '../api-deps.js';
import { ApiRouter } from '../http/api-router.js';
import { mountAuditRoutes } from './audit/audit-routes.js';
import { deployProcess } from './deploy-process.js';
import { getInstancePath } from './get-instance-path.js';
import { getProcessVersion } from './get-process-version.js';
import { lintModel } from './lint/lint-model.js';
import { listProcesses } from './list-processes.js';

/** Who may read the deployed processes and their diagrams. */
const PROCESS_READERS = ['designer', 'auditor', 'admin'] as const;

/** Within the 1 MB JSON body the API accepts. */
const xml = z.string().min(1).max(1_000_000);

const versionParams = z.object({ bpmnProcessId: z.string().min(1).max(255), version: z.coerce.number().int().positive() });
const instanceParams = z.object({ processInstanceKey: z.string().regex(/^\d{1,32}$/) });
const deployBody = z.object({ xml, resourceName: z.string().regex(/^[A-Za-z0-9][\w.-]{0,120}\.bpmn$/).optional() });

/** The /api/processes endpoints: process designer and instance paths; and the auditor's /api/audit. */
export function processRoutes(deps: ApiDeps): Router {
  const routes = new ApiRouter();
  const tag = 'processes';

  routes.route(
    { method: 'get', path: '/processes', tag, summary: 'Deployed processes with every version, its deployer and its running instances', access: PROCESS_READERS },
    () => listProcesses(deps),
  );

  routes.route(
    { method: 'get', path: '/processes/:bpmnProcessId/versions/:version', tag, summary: 'The BPMN XML of one deployed version', access: PROCESS_READERS, params: versionParams },
    ({ params }) => getProcessVersion(deps.engine, params.bpmnProcessId, params.version),
  );

  routes.route(
    { method: 'post', path: '/processes/lint', tag, summary: 'Check a model with the Camunda compatibility rules of its platform version (8.6 at least); messages in the request’s language', access: ['designer'], body: z.object({ xml }) },
    async ({ body, language }) => {
      const check = await lintModel(body.xml, language);
      return { platformVersion: check.platformVersion, problems: check.problems };
    },
  );

  routes.route(
    {
      method: 'post',
      path: '/processes/deployments',
      tag,
      summary: 'Deploy a model as a new version of its process (201; 200 when unchanged); 422 with the problems when the rules or the engine refuse it',
      access: ['designer'],
      body: deployBody,
      success: 201,
    },
    async ({ body, principal, language, response }) => {
      const outcome = await deployProcess(deps, { xml: body.xml, resourceName: body.resourceName, actor: principal, language });
      if (outcome.kind === 'rejected') response.status(422).json(outcome.answer);
      else response.status(outcome.answer.created ? 201 : 200).json(outcome.answer);
    },
  );

  routes.route(
    {
      method: 'get',
      path: '/processes/instances/:processInstanceKey/path',
      tag,
      summary: 'An instance’s diagram and path (completed, active, flows taken, incidents), for whoever may see its ticket, and auditors',
      access: 'authenticated',
      params: instanceParams,
    },
    ({ params, principal }) => getInstancePath(deps, { processInstanceKey: params.processInstanceKey, actor: principal }),
  );

  mountAuditRoutes(routes, deps);
  return routes.router;
}
