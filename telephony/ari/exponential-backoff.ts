export interface BackoffPolicy {
  readonly initialMs: number;
  readonly maxMs: number;
  readonly factor: number;
  /** Share of each delay that is random, 0 (none) to 1 (full jitter), so many clients do not retry in step. */
  readonly jitter: number;
}

export const defaultBackoff: BackoffPolicy = { initialMs: 200, maxMs: 30_000, factor: 2, jitter: 0.5 };

/** Delay before retry number `attempt` (0 for the first retry): exponential, capped, partly random. */
export function backoffDelay(policy: BackoffPolicy, attempt: number, random: () => number = Math.random): number {
  const capped = Math.min(policy.maxMs, policy.initialMs * policy.factor ** attempt);
  return capped * (1 - policy.jitter) + capped * policy.jitter * random();
}
