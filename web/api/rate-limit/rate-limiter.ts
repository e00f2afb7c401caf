import type { Clock } from '../../../core/time/clock.js';
import { TooManyRequestsError } from './too-many-requests-error.js';

export interface RateLimit {
  /** Requests allowed per window and key. */
  readonly limit: number;
  readonly windowMs: number;
}

interface Window {
  readonly startedAt: number;
  count: number;
}

/** Keys kept before expired windows are swept out, so that a flood of addresses cannot exhaust memory. */
const SWEEP_AT = 10_000;

/**
 * Fixed-window counting per key (an IP address, a tracking code), in this process's memory: with
 * several API processes each counts on its own, which multiplies the limit by their number but
 * still bounds it. The durable defence against password guessing is the per-user lockout.
 */
export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly clock: Clock,
    private readonly rule: RateLimit,
  ) {}

  /** Counts one request; throws TooManyRequestsError when the key has used up its window. */
  hit(key: string): void {
    const now = this.clock.now().getTime();
    let window = this.windows.get(key);
    if (window === undefined || now - window.startedAt >= this.rule.windowMs) {
      if (this.windows.size >= SWEEP_AT) this.sweep(now);
      window = { startedAt: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    if (window.count > this.rule.limit) {
      throw new TooManyRequestsError(Math.max(1, Math.ceil((window.startedAt + this.rule.windowMs - now) / 1000)));
    }
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.startedAt >= this.rule.windowMs) this.windows.delete(key);
    }
  }
}
