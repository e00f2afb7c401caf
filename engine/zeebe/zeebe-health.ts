import type { EngineHealth } from '../process-engine.js';
import type { CamundaClients } from './camunda-clients.js';

const timeoutMs = 5_000;

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${timeoutMs} ms`)), timeoutMs);
    timer.unref();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function reason(result: PromiseSettledResult<unknown>): string | undefined {
  return result.status === 'rejected' ? (result.reason instanceof Error ? result.reason.message : String(result.reason)) : undefined;
}

/** Up when the gRPC gateway reports a topology with brokers and the REST API answers too: the adapter needs both. */
export async function zeebeHealth(clients: CamundaClients): Promise<EngineHealth> {
  const [grpc, rest] = await Promise.allSettled([withTimeout(clients.grpc.topology(), 'the gRPC gateway'), withTimeout(clients.rest.getTopology(), 'the REST API')]);
  const problems = [reason(grpc), reason(rest)].filter((problem): problem is string => problem !== undefined);
  if (grpc.status === 'fulfilled' && (!grpc.value || grpc.value.brokers.length === 0)) problems.push('the gateway knows no brokers');
  if (problems.length > 0) return { kind: 'zeebe', state: 'down', detail: problems.join('; ') };
  const topology = grpc.status === 'fulfilled' ? grpc.value : undefined;
  return {
    kind: 'zeebe',
    state: 'up',
    detail: `gateway ${topology?.gatewayVersion ?? '?'}, ${topology?.brokers.length ?? 0} broker(s), ${topology?.partitionsCount ?? 0} partition(s)`,
  };
}
