import type { VariableContext } from '../feel/feel-evaluator.js';
import type { InstanceState } from '../state/instance-state.js';

/** The scope keys from `scopeKey` up to the process instance, innermost first. */
export function scopeChain(instance: InstanceState, scopeKey: number): number[] {
  const chain: number[] = [];
  for (let key: number | undefined = scopeKey; key !== undefined; key = instance.elements.get(key)?.flowScopeKey) {
    chain.push(key);
    if (key === instance.key) break;
  }
  if (chain.at(-1) !== instance.key) chain.push(instance.key);
  return chain;
}

export function setLocal(instance: InstanceState, scopeKey: number, name: string, value: unknown): void {
  let variables = instance.variables.get(scopeKey);
  if (!variables) instance.variables.set(scopeKey, (variables = new Map()));
  variables.set(name, value ?? null);
}

/** Zeebe's propagation: update the nearest scope that has the variable, else create it in the root scope. */
export function propagate(instance: InstanceState, fromScopeKey: number, variables: Readonly<Record<string, unknown>>): void {
  const chain = scopeChain(instance, fromScopeKey);
  for (const [name, value] of Object.entries(variables)) {
    const owner = chain.find((scope) => instance.variables.get(scope)?.has(name)) ?? instance.key;
    setLocal(instance, owner, name, value);
  }
}

/** All variables visible in a scope, inner scopes shadowing outer ones. */
export function visibleVariables(instance: InstanceState, scopeKey: number): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const scope of scopeChain(instance, scopeKey).reverse()) {
    const variables = instance.variables.get(scope);
    if (variables) for (const [name, value] of variables) result[name] = value;
  }
  return result;
}

export function variableContext(instance: InstanceState, scopeKey: number, extra?: Readonly<Record<string, unknown>>): VariableContext {
  return {
    lookup(name) {
      if (extra && name in extra) return extra[name];
      for (const scope of scopeChain(instance, scopeKey)) {
        const variables = instance.variables.get(scope);
        if (variables?.has(name)) return variables.get(name);
      }
      return undefined;
    },
    visible: () => (extra ? { ...visibleVariables(instance, scopeKey), ...extra } : visibleVariables(instance, scopeKey)),
  };
}

/** The local variables of one scope as a record. */
export function localVariables(instance: InstanceState, scopeKey: number): Record<string, unknown> {
  return Object.fromEntries(instance.variables.get(scopeKey) ?? []);
}
