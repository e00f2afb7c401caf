/** The p-th percentile (0–100) of samples, nearest rank; NaN for none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const round1 = (value: number) => Math.round(value * 10) / 10;
export const round2 = (value: number) => Math.round(value * 100) / 100;

/** Runs `task` `count` times, `concurrency` at a time, and returns each run's duration in ms. */
export async function timedRuns(count: number, concurrency: number, task: (index: number) => Promise<void>): Promise<number[]> {
  const durations: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const index = next++;
        const started = performance.now();
        await task(index);
        durations.push(performance.now() - started);
      }
    }),
  );
  return durations;
}

/**
 * Closed loop: `concurrency` callers, each starting its next run as soon as the last one ended,
 * for `seconds`; returns each run's duration and the elapsed time.
 */
export async function closedLoop(seconds: number, concurrency: number, task: (index: number) => Promise<void>): Promise<{ durations: number[]; elapsedMs: number }> {
  const durations: number[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const index = next++;
        const at = performance.now();
        await task(index);
        durations.push(performance.now() - at);
      }
    }),
  );
  return { durations, elapsedMs: performance.now() - started };
}

/**
 * Open loop: a run starts every 1/rate seconds whatever the earlier ones are doing (at most
 * `maxInFlight` at once; a start that would exceed it is counted as missed), for `seconds`;
 * durations are measured from the scheduled start, so that falling behind shows in them.
 */
export async function openLoop(seconds: number, rate: number, maxInFlight: number, task: (index: number) => Promise<void>): Promise<{ durations: number[]; elapsedMs: number; missed: number }> {
  const durations: number[] = [];
  const started = performance.now();
  const total = Math.round(seconds * rate);
  const running = new Set<Promise<void>>();
  let missed = 0;
  for (let index = 0; index < total; index += 1) {
    const due = started + (index * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    if (running.size >= maxInFlight) {
      missed += 1;
      continue;
    }
    const run: Promise<void> = task(index).then(() => {
      durations.push(performance.now() - due);
      running.delete(run);
    });
    running.add(run);
  }
  await Promise.all(running);
  return { durations, elapsedMs: performance.now() - started, missed };
}
