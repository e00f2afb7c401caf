/** The clock and timers of the telephony process; tests against the ARI double run it faster. */
export interface TelephonyTime {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Runs `task` after `ms`; returns a function that cancels it. */
  after(ms: number, task: () => void): () => void;
}

export const realTime: TelephonyTime = {
  now: () => Date.now(),
  after: (ms, task) => {
    const timer = setTimeout(task, Math.max(0, ms));
    return () => clearTimeout(timer);
  },
};

/**
 * Time running `speed` times faster than the wall clock from now on, matching an ARI double started
 * with the same speed: a 5 s digit timeout lasts 100 ms at speed 50.
 */
export function acceleratedTime(speed: number): TelephonyTime {
  if (!(speed > 0)) throw new RangeError(`speed must be positive, got ${speed}`);
  const origin = Date.now();
  return {
    now: () => origin + (Date.now() - origin) * speed,
    after: (ms, task) => {
      const timer = setTimeout(task, Math.max(0, ms / speed));
      return () => clearTimeout(timer);
    },
  };
}
