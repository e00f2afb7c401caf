/**
 * Runs the double's simulated durations (prompts, recordings, ringing, dialplan waits) on real timers,
 * divided by a speed factor so tests run fast; `cancelAll` leaves nothing pending when the double stops.
 */
export class Scheduler {
  readonly #timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly speed: number,
    private readonly onError: (error: unknown) => void,
  ) {
    if (!(speed > 0)) throw new RangeError(`speed must be positive, got ${speed}`);
  }

  /** Runs `task` after `simulatedMs` of simulated time; returns a function that cancels it. */
  after(simulatedMs: number, task: () => void): () => void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      try {
        task();
      } catch (error) {
        this.onError(error);
      }
    }, Math.max(0, simulatedMs / this.speed));
    this.#timers.add(timer);
    return () => {
      clearTimeout(timer);
      this.#timers.delete(timer);
    };
  }

  /** Real milliseconds that `simulatedMs` take at this speed. */
  realMs(simulatedMs: number): number {
    return simulatedMs / this.speed;
  }

  get pending(): number {
    return this.#timers.size;
  }

  cancelAll(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }
}
