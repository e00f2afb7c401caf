import fs from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { ProcessEngine } from '../engine/process-engine.js';

/** The XML of every version ever deployed, to recognize files that are already known. */
async function deployedXml(engine: ProcessEngine): Promise<ReadonlySet<string>> {
  const definitions = await engine.listProcessDefinitions();
  return new Set(await Promise.all(definitions.map((definition) => engine.getProcessDefinitionXml(definition.processDefinitionKey))));
}

/**
 * Deploys the BPMN models of the processes folder that the engine has never seen. A file equal to
 * any deployed version is left alone: otherwise every restart would deploy the shipped model again
 * as the newest version, on top of what designers deployed since. A file changed by a release is new
 * and becomes the latest version.
 */
export async function deployProcesses(engine: ProcessEngine, directory: string, logger: Logger): Promise<void> {
  const entries = await fs.readdir(directory).catch(() => [] as string[]);
  const files = entries.filter((file) => file.endsWith('.bpmn')).sort();
  if (files.length === 0) return;
  const known = await deployedXml(engine);
  const resources = (await Promise.all(files.map(async (file) => ({ name: file, content: await fs.readFile(path.join(directory, file), 'utf8') })))).filter(
    (resource) => !known.has(resource.content),
  );
  if (resources.length === 0) {
    logger.info({ files }, 'processes already deployed');
    return;
  }
  const deployed = await engine.deploy(resources, { actor: 'system' });
  logger.info({ processes: deployed.map((process) => `${process.bpmnProcessId}@${process.version}`) }, 'processes deployed');
}
