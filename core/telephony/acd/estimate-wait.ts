/**
 * The wait a caller at `position` can expect: the calls ahead are shared among the operators at
 * work, each taking about `handleMs`; with nobody at work, each call ahead takes a full handle time.
 */
export function estimateWait(position: number, operatorsAtWork: number, handleMs: number): number {
  return Math.ceil(position / Math.max(1, operatorsAtWork)) * handleMs;
}
