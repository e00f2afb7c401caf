import { EngineNotFoundError, EngineRejectionError } from '../../engine-errors.js';
import type { Variables } from '../../variables.js';
import type { Interpreter } from '../runtime/interpreter.js';
import { propagate, setLocal } from '../runtime/variable-scopes.js';
import type { DbRow } from '../state/row-mapping.js';

/** Cancels a root process instance with everything in it, called instances included. */
export async function cancelInstance(it: Interpreter, instanceKey: number): Promise<void> {
  const instance = await it.load(instanceKey);
  if (!instance || instance.row.state !== 'ACTIVE') throw new EngineNotFoundError('active process instance', String(instanceKey));
  if (instance.row.parentInstanceKey !== undefined) throw new EngineRejectionError('INVALID_STATE', `process instance ${instanceKey} was called by ${instance.row.parentInstanceKey}; cancel the root instance instead`);
  await it.terminate(instance, instance.root!);
}

/** Sets variables in a scope (an element instance or the process instance): locally, or propagated like a job result. */
export async function setVariables(it: Interpreter, scopeKey: number, variables: Variables, local: boolean): Promise<void> {
  const { uow } = it.ctx;
  let instanceKey = scopeKey;
  const [element] = await uow.sql.all<DbRow>('SELECT instance_key FROM engine_element_instances WHERE id = ?', [scopeKey]);
  if (element) instanceKey = Number(element.instance_key);
  const instance = await it.load(instanceKey);
  const scope = instance?.elements.get(scopeKey);
  if (!instance || !scope) throw new EngineNotFoundError('variable scope', String(scopeKey));
  if (local) for (const [name, value] of Object.entries(variables)) setLocal(instance, scopeKey, name, value);
  else propagate(instance, scopeKey, variables);
  it.record(instance, 'VARIABLES_SET', scope, { variables: { ...variables } });
}
