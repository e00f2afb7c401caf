import type { Logger } from 'pino';
import { DueQueue } from './due-queue.js';

export interface TimerSchedulerDeps {
  /** The timers due up to a time, earliest first. */
  loadDue(upTo: number, limit: number): Promise<Array<{ key: number; dueAt: number }>>;
  /** Fires one timer in its own command; a timer that no longer exists or is not due yet is ignored. */
  fire(key: number): Promise<void>;
  now(): number;
  logger: Logger;
  /** Arm real timeouts; false when a test drives time and calls runDue itself. */
  realTime: boolean;
}

const windowMs = 60_000;
const batchLimit = 5_000;
const retryDelayMs = 1_000;

/**
 * Keeps in memory only the timers due within the next minute (at most a few thousand), reloading
 * that window from the database as time passes, so that waiting instances cost no memory.
 */
export class TimerScheduler {
  private readonly due = new DueQueue();
  private horizon = Number.NEGATIVE_INFINITY;
  private handle: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly deps: TimerSchedulerDeps) {}

  async start(): Promise<void> {
    this.stopped = false;
    await this.refill();
    this.arm();
  }

  stop(): void {
    this.stopped = true;
    if (this.handle) clearTimeout(this.handle);
    this.handle = undefined;
  }

  /** A timer was created or re-armed by a committed command. */
  add(timer: { readonly key: number; readonly dueAt: number }): void {
    if (timer.dueAt > this.horizon) return;
    this.due.push(timer);
    const top = this.due.peek();
    if (top?.key === timer.key) this.arm();
  }

  /** Fires every timer that is due now; concurrent calls share one run. */
  runDue(): Promise<void> {
    this.running ??= this.fireDue().finally(() => {
      this.running = undefined;
      this.arm();
    });
    return this.running;
  }

  private async refill(): Promise<void> {
    const upTo = this.deps.now() + windowMs;
    const rows = await this.deps.loadDue(upTo, batchLimit);
    this.due.clear();
    for (const row of rows) this.due.push(row);
    this.horizon = rows.length < batchLimit ? upTo : rows[rows.length - 1]!.dueAt;
  }

  private async fireDue(): Promise<void> {
    for (;;) {
      if (this.stopped) return;
      const now = this.deps.now();
      if (now >= this.horizon) await this.refill();
      const next = this.due.peek();
      if (!next || next.dueAt > now) return;
      this.due.pop();
      try {
        await this.deps.fire(next.key);
      } catch (error) {
        this.deps.logger.error({ err: error, timerKey: next.key }, 'firing a timer failed; it is retried');
        this.due.push({ key: next.key, dueAt: now + retryDelayMs });
      }
    }
  }

  private arm(): void {
    if (!this.deps.realTime || this.stopped) return;
    if (this.handle) clearTimeout(this.handle);
    const next = Math.min(this.due.peek()?.dueAt ?? Number.POSITIVE_INFINITY, this.horizon);
    const delay = Math.max(0, Math.min(next - this.deps.now(), 2 ** 31 - 1));
    this.handle = setTimeout(() => void this.runDue(), Number.isFinite(delay) ? delay : windowMs);
  }
}
