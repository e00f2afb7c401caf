/**
 * Runs tasks one after the other in the order given: the ARI requests of one call must reach
 * Asterisk in the order its flow decided them (stop the prompt, then play the next).
 */
export class SerialQueue {
  #tail: Promise<void> = Promise.resolve();

  constructor(private readonly onError: (error: unknown) => void) {}

  push(task: () => Promise<void> | void): void {
    this.#tail = this.#tail.then(task).catch(this.onError);
  }

  /** Resolves once every task pushed so far has run. */
  idle(): Promise<void> {
    return this.#tail;
  }
}
