import fs from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { ProcessEngine } from '../engine/process-engine.js';

/** Deploys every BPMN model of the processes folder; unchanged models keep their version. */
export async function deployProcesses(engine: ProcessEngine, directory: string, logger: Logger): Promise<void> {
  const entries = await fs.readdir(directory).catch(() => [] as string[]);
  const files = entries.filter((file) => file.endsWith('.bpmn')).sort();
  if (files.length === 0) return;
  const resources = await Promise.all(files.map(async (file) => ({ name: file, content: await fs.readFile(path.join(directory, file), 'utf8') })));
  const deployed = await engine.deploy(resources, { actor: 'system' });
  logger.info({ processes: deployed.map((process) => `${process.bpmnProcessId}@${process.version}`) }, 'processes deployed');
}
