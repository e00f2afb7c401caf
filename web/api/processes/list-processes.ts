import type { Database } from '../../../database/database.js';
import type { ProcessEngine } from '../../../engine/process-engine.js';
import type { ProcessListResponse, ProcessSummary } from '../../contract/processes.js';
import { deployersOf } from './deployers-of.js';

/** Every deployed process with its versions (newest first), who deployed them and how many instances of each still run. */
export async function listProcesses(deps: { readonly db: Database; readonly engine: ProcessEngine }): Promise<ProcessListResponse> {
  const definitions = await deps.engine.listProcessDefinitions();
  const deployers = await deployersOf(deps.db, definitions.map((definition) => definition.processDefinitionKey));
  const ids = [...new Set(definitions.map((definition) => definition.bpmnProcessId))].sort();
  const processes: ProcessSummary[] = [];
  for (const bpmnProcessId of ids) {
    const counts = new Map((await deps.engine.countActiveInstances(bpmnProcessId)).map((count) => [count.processDefinitionKey, count.active]));
    const versions = definitions
      .filter((definition) => definition.bpmnProcessId === bpmnProcessId)
      .sort((a, b) => b.version - a.version)
      .map((definition) => ({
        processDefinitionKey: definition.processDefinitionKey,
        version: definition.version,
        name: definition.name ?? null,
        resourceName: definition.resourceName,
        deployedAt: definition.deployedAt.toISOString(),
        deployedBy: deployers.get(definition.processDefinitionKey) ?? null,
        activeInstances: counts.get(definition.processDefinitionKey) ?? 0,
      }));
    const latest = versions[0]!;
    processes.push({
      bpmnProcessId,
      name: latest.name,
      latestVersion: latest.version,
      activeInstances: versions.reduce((sum, version) => sum + version.activeInstances, 0),
      versions,
    });
  }
  return { processes };
}
