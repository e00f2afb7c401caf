import type { RandomSource } from '../../../core/random/random-source.js';

/** A reproducible random source (mulberry32), so that a test seeds the same people every run. */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return {
    nextInt(maxExclusive) {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * maxExclusive);
    },
  };
}
