import type { FeelEvaluator } from '../feel/feel-evaluator.js';
import type { Mapping } from '../model/process-model.js';
import type { InstanceState } from '../state/instance-state.js';
import { propagate, scopeChain, setLocal, variableContext } from './variable-scopes.js';

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
 * Output mappings are evaluated in the element's scope and their targets merged into the enclosing
 * scopes; a nested target updates only that property of the existing variable.
 */
export function applyOutputMappings(feel: FeelEvaluator, instance: InstanceState, scopeKey: number, parentScopeKey: number, mappings: readonly Mapping[]): void {
  const results = mappings.map((mapping) => [mapping.target, sourceValue(feel, instance, scopeKey, mapping)] as const);
  for (const [target, value] of results) {
    const [name, ...path] = target.split('.');
    if (path.length === 0) {
      propagate(instance, parentScopeKey, { [name!]: value });
      continue;
    }
    const owner = scopeChain(instance, parentScopeKey).find((scope) => instance.variables.get(scope)?.has(name!));
    const current = owner === undefined ? undefined : instance.variables.get(owner)?.get(name!);
    propagate(instance, parentScopeKey, { [name!]: withPath(current, path, value) });
  }
}
