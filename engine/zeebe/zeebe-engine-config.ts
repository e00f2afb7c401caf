/** OAuth client credentials for Camunda SaaS or an identity-secured self-managed cluster. */
export interface ZeebeOAuthConfig {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Token endpoint, e.g. https://login.cloud.camunda.io/oauth/token. */
  readonly url: string;
  /** `zeebe.camunda.io` for SaaS; used for both the gRPC and the REST API. */
  readonly audience?: string;
}

/** Everything the Zeebe adapter needs, as the composition root passes it in. */
export interface ZeebeEngineConfig {
  /** gRPC gateway `host:port` (ZEEBE_ADDRESS); a `grpc://` or `grpcs://` prefix is honoured. */
  readonly grpcAddress: string;
  /** Orchestration Cluster REST API base URL (ZEEBE_REST_ADDRESS), without `/v2`. */
  readonly restAddress: string;
  /** TLS for gRPC (ZEEBE_SECURE). */
  readonly secure: boolean;
  readonly oauth?: ZeebeOAuthConfig;
  /** Only for multi-tenant clusters. */
  readonly tenantId?: string;
  /** Jobs one worker handles at once when its options do not say (JOB_WORKER_CONCURRENCY). */
  readonly defaultMaxJobsActive?: number;
  /** Time a job handler has when its options do not say. */
  readonly defaultJobTimeoutMs?: number;
  /** First wait after a TransientError when the worker options do not say; doubled per attempt. */
  readonly defaultRetryBackoffMs?: number;
  /** How often a gRPC command is retried while the gateway is unreachable or applies backpressure. */
  readonly commandRetries?: number;
  /** How long a sender holds an outbox command before another process may send it again. */
  readonly outboxLeaseMs?: number;
  /** How often commands left in the outbox (gateway down, a crashed process) are sent again. */
  readonly outboxSweepIntervalMs?: number;
  /** How long `stop()` waits for running job handlers. */
  readonly stopTimeoutMs?: number;
}

export const zeebeEngineDefaults = {
  defaultMaxJobsActive: 32,
  defaultJobTimeoutMs: 5 * 60_000,
  defaultRetryBackoffMs: 1_000,
  commandRetries: 5,
  outboxLeaseMs: 60_000,
  outboxSweepIntervalMs: 30_000,
  stopTimeoutMs: 30_000,
} as const;
