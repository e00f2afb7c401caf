import type { FeelEvaluator, VariableContext } from '../feel/feel-evaluator.js';
import type { Mapping } from '../model/process-model.js';
import type { InstanceState } from '../state/instance-state.js';
import { propagate, setLocal, variableContext } from './variable-scopes.js';

function withPath(base: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const object = base !== null && typeof base === 'object' && !Array.isArray(base) ? { ...(base as Record<string, unknown>) } : {};
  object[head!] = withPath(object[head!], rest, value);
  return object;
}

function sourceValue(feel: FeelEvaluator, instance: InstanceState, scopeKey: number, mapping: Mapping): unknown {
  if (!mapping.source) return null;
  return feel.evaluate(mapping.source, variableContext(instance, scopeKey));
}

/** Input mappings create local variables of the element's scope, in order; nested targets build objects. */
export function applyInputMappings(feel: FeelEvaluator, instance: InstanceState, scopeKey: number, mappings: readonly Mapping[]): void {
  for (const mapping of mappings) {
    const value = sourceValue(feel, instance, scopeKey, mapping);
    const [name, ...path] = mapping.target.split('.');
    const current = instance.variables.get(scopeKey)?.get(name!);
    setLocal(instance, scopeKey, name!, path.length === 0 ? value : withPath(current, path, value));
  }
}

/**
 * Output mappings are evaluated in order in the element's scope, each seeing the targets of the ones
 * before it; the results are merged into the enclosing scopes (`targetScopeKey`: the flow scope, or
 * the element itself for an iteration of a multi-instance activity). A nested target updates only
 * that property of the variable as the element sees it.
 */
export function applyOutputMappings(feel: FeelEvaluator, instance: InstanceState, scopeKey: number, targetScopeKey: number, mappings: readonly Mapping[]): void {
  const results = new Map<string, unknown>();
  const scope = variableContext(instance, scopeKey);
  const context: VariableContext = {
    lookup: (name) => (results.has(name) ? results.get(name) : scope.lookup(name)),
    visible: () => ({ ...scope.visible(), ...Object.fromEntries(results) }),
  };
  for (const mapping of mappings) {
    const value = mapping.source ? feel.evaluate(mapping.source, context) : null;
    const [name, ...path] = mapping.target.split('.');
    results.set(name!, path.length === 0 ? value : withPath(context.lookup(name!), path, value));
  }
  propagate(instance, targetScopeKey, Object.fromEntries(results));
}
