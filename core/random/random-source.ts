/**
 * A source of uniformly distributed integers, injected so that domain code stays deterministic in
 * tests. The composition root wraps `crypto.randomInt`.
 */
export interface RandomSource {
  /** An integer in [0, maxExclusive). */
  nextInt(maxExclusive: number): number;
}
