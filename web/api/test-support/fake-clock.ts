import type { Clock } from '../../../core/time/clock.js';

/** A clock that stands still until a test moves it. */
export class FakeClock implements Clock {
  private current: Date;

  constructor(start: Date | string = '2026-11-23T06:00:00Z') {
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  advance(milliseconds: number): void {
    this.current = new Date(this.current.getTime() + milliseconds);
  }

  advanceMinutes(minutes: number): void {
    this.advance(minutes * 60_000);
  }
}
