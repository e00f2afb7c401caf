/**
 * Runs `action` once `waitMs` after the last of a burst of calls (a referral to three positions
 * sends three events; the cartable refetches once). `cancel` drops a pending run.
 */
export function debounce(action: () => void, waitMs: number, timers: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'> = globalThis): { (): void; cancel(): void } {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (pending !== undefined) timers.clearTimeout(pending);
    pending = timers.setTimeout(() => {
      pending = undefined;
      action();
    }, waitMs);
  };
  run.cancel = () => {
    if (pending !== undefined) timers.clearTimeout(pending);
    pending = undefined;
  };
  return run;
}
