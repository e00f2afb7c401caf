/**
 * Engine keys: milliseconds since the epoch times 1024 plus a counter, so that they grow over time,
 * stay below 2^53 until the year 2248 and never repeat across restarts (the generator starts above
 * the largest key already stored). One engine process owns a database, so no coordination is needed.
 */
export class KeyGenerator {
  private last: number;

  constructor(largestStoredKey: number) {
    this.last = largestStoredKey;
  }

  next(): number {
    const candidate = Date.now() * 1024;
    this.last = candidate > this.last ? candidate : this.last + 1;
    return this.last;
  }
}
