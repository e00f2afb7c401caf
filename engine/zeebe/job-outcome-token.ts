import type { JobOutcome } from '../job-worker.js';

export type OutcomeKind = 'complete' | 'fail' | 'error';

/** Mints the proof a job handler returns; only this adapter's `Job` methods call it. */
export function jobOutcomeToken(kind: OutcomeKind): JobOutcome {
  return Object.freeze({ kind }) as unknown as JobOutcome;
}
