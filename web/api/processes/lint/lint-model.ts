import type { Language } from '../../../../core/i18n/language.js';
import type { LintProblem, LintSeverity } from '../../../contract/processes.js';
import { KNOWN_CONFIGS, runCamundaLint, type LintReport } from './camunda-linter.js';
import { lintMessage } from './lint-message.js';
import { lintText } from './lint-message-templates.js';
import { isOfType, type ModdleElement } from './moddle-element.js';
import { BpmnParseError, parseBpmn } from './parse-bpmn.js';
import { MINIMUM_PLATFORM_VERSION, platformTarget } from './platform-version.js';

/** What checking a model found: its problems, worst first, and the executable processes it holds. */
export interface ModelCheck {
  /** The Camunda version the model was checked against. */
  readonly platformVersion: string;
  readonly problems: readonly LintProblem[];
  /** Ids of the executable processes, in document order. */
  readonly processIds: readonly string[];
  readonly elementsById: ReadonlyMap<string, ModdleElement>;
}

const FILE = '(file)';

const SEVERITIES: Readonly<Record<LintReport['category'], LintSeverity>> = { error: 'error', warn: 'warning', info: 'info', 'rule-error': 'warning' };
const RANK: Readonly<Record<LintSeverity, number>> = { error: 0, warning: 1, info: 2 };

function nameOf(element: ModdleElement | undefined): string | null {
  const name = element?.name?.trim();
  return name ? name : null;
}

/**
 * Checks a model with the Camunda compatibility rules, as Camunda Modeler does for the version the
 * model declares (8.6 at least), plus what Pishkhan asks of every model: BPMN that parses cleanly,
 * made for Camunda 8, with exactly one executable process. Messages are in `language`.
 */
export async function lintModel(xml: string, language: Language): Promise<ModelCheck> {
  let parsed;
  try {
    parsed = await parseBpmn(xml);
  } catch (error) {
    if (!(error instanceof BpmnParseError)) throw error;
    const problem: LintProblem = { elementId: FILE, elementName: null, severity: 'error', rule: 'bpmn', message: lintText(language, 'notBpmn', { detail: error.reason }) };
    return { platformVersion: MINIMUM_PLATFORM_VERSION, problems: [problem], processIds: [], elementsById: new Map() };
  }
  const { definitions, elementsById, warnings } = parsed;
  const declaredPlatform = definitions.get('modeler:executionPlatform') as string | undefined;
  const declaredVersion = definitions.get('modeler:executionPlatformVersion') as string | undefined;
  const target = platformTarget(declaredPlatform, declaredVersion, KNOWN_CONFIGS);
  const problems: LintProblem[] = warnings.map((detail) => ({ elementId: FILE, elementName: null, severity: 'error', rule: 'bpmn', message: lintText(language, 'unreadablePart', { detail }) }));
  if (target.foreignPlatform !== undefined) {
    problems.push({ elementId: FILE, elementName: null, severity: 'error', rule: 'platform', message: lintText(language, 'foreignPlatform', { platform: target.foreignPlatform }) });
  }
  const rootElements = (definitions.get('rootElements') as ModdleElement[] | undefined) ?? [];
  const processIds = rootElements.filter((element) => isOfType(element, 'bpmn:Process') && element.get('isExecutable') === true).map((process) => process.id ?? '');
  if (processIds.length > 1) {
    problems.push({ elementId: FILE, elementName: null, severity: 'error', rule: 'one-process-per-file', message: lintText(language, 'severalProcesses', { count: processIds.length }) });
  }
  for (const report of await runCamundaLint(definitions, target.configName)) {
    const element = report.id === undefined ? undefined : elementsById.get(report.id);
    problems.push({
      elementId: report.id ?? FILE,
      elementName: nameOf(element),
      severity: SEVERITIES[report.category],
      rule: report.rule,
      message: lintMessage(report, { language, version: target.version, element }),
    });
  }
  problems.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return { platformVersion: target.version, problems, processIds, elementsById };
}
