import { NotFoundError } from '../../../core/errors/not-found-error.js';
import type { ProcessEngine } from '../../../engine/process-engine.js';
import type { ProcessVersionXml } from '../../contract/processes.js';

/** One deployed version's XML, to open in the designer or to download. */
export async function getProcessVersion(engine: ProcessEngine, bpmnProcessId: string, version: number): Promise<ProcessVersionXml> {
  const definition = (await engine.listProcessDefinitions(bpmnProcessId)).find((candidate) => candidate.version === version);
  if (definition === undefined) throw new NotFoundError('process version', `${bpmnProcessId}@${version}`);
  return {
    bpmnProcessId,
    version,
    processDefinitionKey: definition.processDefinitionKey,
    resourceName: definition.resourceName,
    xml: await engine.getProcessDefinitionXml(definition.processDefinitionKey),
  };
}
