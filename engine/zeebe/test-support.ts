import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { DeploymentResource } from '../process-engine.js';
import type { ZeebeEngineConfig } from './zeebe-engine-config.js';

/** Why the cluster tests are skipped, or false when ZEEBE_ADDRESS names a cluster to run them on. */
export const noCluster = process.env.ZEEBE_ADDRESS ? false : 'ZEEBE_ADDRESS is not set: these tests need a Camunda 8.8 cluster';

/** The cluster named by the same variables the composition root reads. */
export function clusterConfig(overrides: Partial<ZeebeEngineConfig> = {}): ZeebeEngineConfig {
  const env = process.env;
  return {
    grpcAddress: env.ZEEBE_ADDRESS ?? 'localhost:26500',
    restAddress: env.ZEEBE_REST_ADDRESS ?? 'http://localhost:8080',
    secure: env.ZEEBE_SECURE === 'true',
    ...(env.ZEEBE_CLIENT_ID && env.ZEEBE_CLIENT_SECRET && env.ZEEBE_OAUTH_URL
      ? {
          oauth: {
            clientId: env.ZEEBE_CLIENT_ID,
            clientSecret: env.ZEEBE_CLIENT_SECRET,
            url: env.ZEEBE_OAUTH_URL,
            ...(env.ZEEBE_TOKEN_AUDIENCE ? { audience: env.ZEEBE_TOKEN_AUDIENCE } : {}),
          },
        }
      : {}),
    stopTimeoutMs: 5_000,
    ...overrides,
  };
}

/** A test model with run-unique process id, task type and message name, so that runs do not meet. */
export function testProcess(file: 'service-task' | 'user-task' | 'message', name = 'Pishkhan adapter test') {
  const run = randomUUID().slice(0, 8);
  const bpmnProcessId = `pishkhan-test-${file}-${run}`;
  const taskType = `pishkhan.test-${run}`;
  const message = `pishkhan-test-reply-${run}`;
  const xml = (displayName: string) =>
    fs
      .readFileSync(path.join(import.meta.dirname, 'test-processes', `${file}.bpmn`), 'utf8')
      .replaceAll('__PROCESS_ID__', bpmnProcessId)
      .replaceAll('__TASK_TYPE__', taskType)
      .replaceAll('__MESSAGE__', message)
      .replaceAll('__NAME__', displayName);
  const resource = (displayName = name): DeploymentResource => ({ name: `${bpmnProcessId}.bpmn`, content: xml(displayName) });
  return { bpmnProcessId, taskType, message, resource };
}

/** Polls until `probe` returns a value other than undefined: the REST API's data trails the engine. */
export async function eventually<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
