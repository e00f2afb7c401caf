import { DestroyRef, Injectable, inject, signal } from '@angular/core';

const TICK_MS = 15_000;

/**
 * The app's one source of time. `now()` reads the time; `ticks()` is a signal that follows it
 * every 15 seconds, so relative times ("3 minutes ago") stay true. Tests provide a fake.
 */
@Injectable({ providedIn: 'root' })
export class Clock {
  private readonly tick = signal(Date.now());
  readonly ticks = this.tick.asReadonly();

  constructor() {
    const timer = setInterval(() => this.tick.set(Date.now()), TICK_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  now(): number {
    return Date.now();
  }
}
