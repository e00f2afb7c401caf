import type { Logger } from 'pino';
import { Camunda8, type Zeebe } from '@camunda8/sdk';
import { c8LogBridge, restLogBridge, zeebeLogBridge } from './sdk-log-bridge.js';
import { zeebeEngineDefaults, type ZeebeEngineConfig } from './zeebe-engine-config.js';

export type RestClient = ReturnType<Camunda8['getOrchestrationClusterApiClientLoose']>;
export type GrpcClient = Zeebe.ZeebeGrpcClient;

/** The two SDK clients the adapter talks through: gRPC for commands and workers, REST for what gRPC lacks. */
export interface CamundaClients {
  readonly grpc: GrpcClient;
  readonly rest: RestClient;
  /** The gRPC client's log sink, handed to each job worker too. */
  readonly grpcLog: ReturnType<typeof zeebeLogBridge>;
  close(timeoutMs: number): Promise<void>;
}

function grpcAddressOf(config: ZeebeEngineConfig): string {
  if (config.grpcAddress.includes('://')) return config.grpcAddress;
  return `${config.secure ? 'grpcs' : 'grpc'}://${config.grpcAddress}`;
}

/**
 * Builds the clients from our configuration only. The SDK also merges `process.env` into its
 * settings; every value that matters is passed explicitly here so that ours win.
 */
export function createCamundaClients(config: ZeebeEngineConfig, logger: Logger): CamundaClients {
  const oauth = config.oauth;
  const camunda = new Camunda8({
    ZEEBE_GRPC_ADDRESS: grpcAddressOf(config),
    ZEEBE_REST_ADDRESS: config.restAddress,
    CAMUNDA_AUTH_STRATEGY: oauth ? 'OAUTH' : 'NONE',
    CAMUNDA_OAUTH_DISABLED: !oauth,
    ...(oauth
      ? {
          ZEEBE_CLIENT_ID: oauth.clientId,
          ZEEBE_CLIENT_SECRET: oauth.clientSecret,
          CAMUNDA_OAUTH_URL: oauth.url,
          ...(oauth.audience ? { ZEEBE_TOKEN_AUDIENCE: oauth.audience, CAMUNDA_ZEEBE_OAUTH_AUDIENCE: oauth.audience } : {}),
        }
      : {}),
    ...(config.tenantId ? { CAMUNDA_TENANT_ID: config.tenantId } : {}),
    // Tokens stay in memory: nothing of ours is written to the home directory.
    CAMUNDA_TOKEN_DISK_CACHE_DISABLE: true,
    CAMUNDA_LOG_LEVEL: 'warn',
    CAMUNDA_SUPPORT_LOG_ENABLED: false,
    logger: c8LogBridge(logger.child({ sdk: 'camunda8' })),
    zeebeGrpcSettings: {
      ZEEBE_CLIENT_LOG_LEVEL: 'ERROR',
      ZEEBE_GRPC_CLIENT_RETRY: true,
      // The SDK's default (-1) retries forever: a caller would hang while the gateway is down.
      ZEEBE_GRPC_CLIENT_MAX_RETRIES: config.commandRetries ?? zeebeEngineDefaults.commandRetries,
      ZEEBE_GRPC_CLIENT_MAX_RETRY_TIMEOUT_SECONDS: 5,
      ZEEBE_GRPC_CLIENT_EAGER_CONNECT: false,
    },
  });
  const grpcLog = zeebeLogBridge(logger.child({ sdk: 'zeebe-grpc' }));
  const grpc = camunda.getZeebeGrpcApiClient();
  // The gRPC client takes its log sink from the environment only (console by default); it reads
  // this field once its channel is built, on a later tick, so setting it now routes its own
  // messages (retries, connection errors) to pino too.
  Object.assign(grpc, { stdout: grpcLog });
  const rest = camunda.getOrchestrationClusterApiClientLoose();
  rest.configure({ log: { level: 'warn', transport: restLogBridge(logger.child({ sdk: 'camunda-rest' })) } });
  return {
    grpc,
    rest,
    grpcLog,
    async close(timeoutMs) {
      rest.stopAllWorkers();
      await grpc.close(timeoutMs);
    },
  };
}
