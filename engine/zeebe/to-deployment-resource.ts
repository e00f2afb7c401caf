import type { DeploymentResource } from '../process-engine.js';

type SdkResource = { name: string; process: Buffer } | { name: string; decision: Buffer } | { name: string; form: Buffer };

/** The gateway tells resources apart by kind; the file extension says which. */
export function toDeploymentResource(resource: DeploymentResource): SdkResource {
  const content = Buffer.from(resource.content, 'utf8');
  if (resource.name.endsWith('.dmn')) return { name: resource.name, decision: content };
  if (resource.name.endsWith('.form')) return { name: resource.name, form: content };
  return { name: resource.name, process: content };
}
