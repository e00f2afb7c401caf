import { createRequire } from 'node:module';
import type { ModdleElement } from './moddle-element.js';

const require = createRequire(import.meta.url);

/** One finding of a bpmnlint rule, as the rules of bpmnlint-plugin-camunda-compat report it. */
export interface LintReport {
  readonly id?: string;
  readonly message: string;
  readonly category: 'error' | 'warn' | 'info' | 'rule-error';
  readonly path?: readonly (string | number)[];
  readonly data?: Readonly<Record<string, unknown>> & { readonly type?: string };
}

interface BpmnLinter {
  lint(definitions: ModdleElement): Promise<Record<string, LintReport[]>>;
}

type LinterConstructor = new (options: { config: unknown; resolver: unknown }) => BpmnLinter;
type ResolverConstructor = new (options: { require: NodeJS.Require }) => unknown;

// bpmnlint and the Camunda rules are CommonJS; @camunda/linting, which bundles them for the browser,
// cannot be loaded by Node (extensionless ES imports), so the server composes the same configuration
// it does: the camunda-compat rules of the target version, bpmnlint's correctness rules, and a
// warning for elements missing from the diagram.
const { Linter } = require('bpmnlint') as { Linter: LinterConstructor };
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver') as ResolverConstructor;
const camundaCompat = require('bpmnlint-plugin-camunda-compat') as { configs: Record<string, unknown> };

/** The names of the configurations the installed Camunda rules know (`camunda-cloud-8-6`, …). */
export const KNOWN_CONFIGS: readonly string[] = Object.keys(camundaCompat.configs);

// A new linter for every run: some rules keep state between the elements of one run (bpmnlint's
// no-duplicate-sequence-flows remembers the flows it saw), and a linter keeps its rule instances.
function linterFor(configName: string): BpmnLinter {
  return new Linter({
    config: { extends: [`plugin:camunda-compat/${configName}`, 'bpmnlint:correctness'], rules: { 'bpmnlint/no-bpmndi': 'warn' } },
    resolver: new NodeResolver({ require }),
  });
}

/** Every report of every rule of `configName` on the parsed definitions, with the rule's name. */
export async function runCamundaLint(definitions: ModdleElement, configName: string): Promise<Array<LintReport & { readonly rule: string }>> {
  const byRule = await linterFor(configName).lint(definitions);
  return Object.entries(byRule).flatMap(([rule, reports]) => reports.map((report) => ({ ...report, rule })));
}
