import type { Principal } from '../../../core/access/principal.js';
import { requireAnyRole } from '../../../core/access/require-role.js';
import type { Language } from '../../../core/i18n/language.js';
import type { Clock } from '../../../core/time/clock.js';
import type { Database } from '../../../database/database.js';
import { modelsOf } from '../../../database/models/index.js';
import { DeploymentRejectedError } from '../../../engine/engine-errors.js';
import type { ProcessEngine } from '../../../engine/process-engine.js';
import type { DeployRejection, DeployResponse, LintProblem } from '../../contract/processes.js';
import { elementTypeLabel } from './lint/element-type-label.js';
import { lintModel, type ModelCheck } from './lint/lint-model.js';
import { lintText } from './lint/lint-message-templates.js';

export type DeployOutcome = { readonly kind: 'deployed'; readonly answer: DeployResponse } | { readonly kind: 'rejected'; readonly answer: DeployRejection };

export interface DeployProcessDeps {
  readonly db: Database;
  readonly engine: ProcessEngine;
  readonly clock: Clock;
}

export interface DeployProcessRequest {
  readonly xml: string;
  readonly resourceName: string | undefined;
  readonly actor: Principal;
  readonly language: Language;
}

function rejection(language: Language, code: DeployRejection['code'], problems: readonly LintProblem[], version: string): DeployOutcome {
  const key = code === 'process.lintFailed' ? 'lintFailed' : code === 'process.rejectedByEngine' ? 'rejectedByEngine' : 'invalid';
  return { kind: 'rejected', answer: { error: 'business_rule', code, message: lintText(language, key, { version }), problems } };
}

/** The engine's problems, named after the element (its kind and name) in the user's language. */
function engineProblems(error: DeploymentRejectedError, check: ModelCheck, language: Language): LintProblem[] {
  return error.problems.map((problem) => {
    const element = check.elementsById.get(problem.elementId);
    const name = element?.name?.trim() || problem.elementId;
    const label = element === undefined ? (language === 'fa' ? 'مدل' : 'the model') : `${elementTypeLabel(element, language)} «${name}»`;
    return {
      elementId: element === undefined ? '(file)' : problem.elementId,
      elementName: element?.name?.trim() || null,
      severity: 'error',
      rule: 'engine',
      message: lintText(language, 'engineRejected', { element: label, detail: problem.message }),
    };
  });
}

/**
 * Deploys a model edited in the designer as a new version of its process: checked first with the
 * Camunda compatibility rules (any error stops it), then handed to the engine, which may refuse what
 * it cannot run. The deployer is recorded with the version in the same transaction. Deploying the
 * latest version's XML unchanged creates nothing.
 */
export async function deployProcess(deps: DeployProcessDeps, request: DeployProcessRequest): Promise<DeployOutcome> {
  requireAnyRole(request.actor, ['designer']);
  const { language } = request;
  const check = await lintModel(request.xml, language);
  const errors = check.problems.filter((problem) => problem.severity === 'error');
  if (errors.some((problem) => problem.rule === 'bpmn')) return rejection(language, 'process.invalid', errors, check.platformVersion);
  if (errors.length > 0) return rejection(language, 'process.lintFailed', errors, check.platformVersion);
  const bpmnProcessId = check.processIds[0];
  if (bpmnProcessId === undefined) {
    const problem: LintProblem = { elementId: '(file)', elementName: null, severity: 'error', rule: 'executable-process', message: lintText(language, 'noExecutableProcess') };
    return rejection(language, 'process.lintFailed', [problem], check.platformVersion);
  }
  const resourceName = request.resourceName ?? `${bpmnProcessId}.bpmn`;
  const previous = Math.max(0, ...(await deps.engine.listProcessDefinitions(bpmnProcessId)).map((definition) => definition.version));
  try {
    const answer = await deps.db.transaction(async (tx) => {
      const deployed = await deps.engine.deploy([{ name: resourceName, content: request.xml }], { tx, actor: String(request.actor.id) });
      const process = deployed.find((candidate) => candidate.bpmnProcessId === bpmnProcessId)!;
      const created = process.version > previous;
      if (created) {
        await modelsOf(deps.db).ProcessDeployment.create(
          {
            processDefinitionKey: process.processDefinitionKey,
            bpmnProcessId,
            version: process.version,
            deployedByUserId: request.actor.kind === 'user' ? request.actor.id : null,
            deployedAt: deps.clock.now(),
          },
          { transaction: tx.transaction },
        );
      }
      return { bpmnProcessId, version: process.version, processDefinitionKey: process.processDefinitionKey, created, warnings: check.problems.filter((problem) => problem.severity !== 'error') };
    });
    return { kind: 'deployed', answer };
  } catch (error) {
    if (error instanceof DeploymentRejectedError) return rejection(language, 'process.rejectedByEngine', engineProblems(error, check, language), check.platformVersion);
    throw error;
  }
}
