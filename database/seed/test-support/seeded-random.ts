import type { RandomSource } from '../../../core/random/random-source.js';
import { mulberry32 } from '../mulberry32.js';

/** A reproducible random source (mulberry32), so that a test seeds the same people every run. */
export function seededRandom(seed: number): RandomSource {
  const next = mulberry32(seed);
  return { nextInt: (maxExclusive) => Math.floor(next() * maxExclusive) };
}
