import type { Variables } from '../variables.js';
import type { RestClient } from './camunda-clients.js';
import type { RestVariable } from './rest-types.js';
import { restKey } from './rest-key.js';
import { readNow, searchAll } from './search-all.js';

/** The REST API returns each value as its JSON text, cut short in search results when it is long. */
async function valueOf(rest: RestClient, variable: RestVariable): Promise<unknown> {
  const text = variable.isTruncated ? (await rest.getVariable({ variableKey: String(variable.variableKey) }, readNow)).value : variable.value;
  return JSON.parse(text) as unknown;
}

async function scopeVariables(rest: RestClient, processInstanceKey: string, scopeKey: string): Promise<Variables> {
  const items = await searchAll((page) => rest.searchVariables({ filter: { processInstanceKey: restKey(processInstanceKey), scopeKey: restKey(scopeKey) }, page }, readNow));
  const variables: Variables = {};
  for (const item of items) variables[item.name] = await valueOf(rest, item);
  return variables;
}

/**
 * The variables of the process instance, overlaid by those of `scopeKey` when given. The REST API
 * does not say which scope encloses which, so the variables of scopes between the two (an
 * enclosing sub-process) are not included.
 */
export async function readVariables(rest: RestClient, processInstanceKey: string, scopeKey?: string): Promise<Variables> {
  const root = await scopeVariables(rest, processInstanceKey, processInstanceKey);
  if (scopeKey === undefined || scopeKey === processInstanceKey) return root;
  return { ...root, ...(await scopeVariables(rest, processInstanceKey, scopeKey)) };
}
