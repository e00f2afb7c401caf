import { signal, type Signal, type WritableSignal } from '@angular/core';
import type { Clock } from '../core/time/clock';

/** A clock for tests: it stands still until the test moves it. */
export class FakeClock implements Pick<Clock, 'now' | 'ticks'> {
  private readonly tick: WritableSignal<number>;
  readonly ticks: Signal<number>;

  constructor(instant: string | number) {
    this.tick = signal(new Date(instant).getTime());
    this.ticks = this.tick.asReadonly();
  }

  now(): number {
    return this.tick();
  }

  advance(milliseconds: number): void {
    this.tick.update((now) => now + milliseconds);
  }
}
