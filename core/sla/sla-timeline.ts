import { applyAction } from '../tickets/apply-action.js';
import type { TicketAction } from '../tickets/ticket-action.js';
import type { TicketState } from '../tickets/ticket-state.js';

/** A stretch of time during which an SLA clock runs; `to` is null when it has not stopped. */
export interface ClockRun {
  readonly from: Date;
  readonly to: Date | null;
}

/**
 * The runs of one SLA clock as a ticket's history leaves them, in order. After a postponement the
 * last run starts at the postponement's date, which may lie in the future: the clock resumes by
 * itself then, unless the ticket is started, referred or resolved earlier.
 */
export interface ClockTimeline {
  readonly runs: readonly ClockRun[];
  /** The clock is paused with no date to resume (information was requested). */
  readonly pausedIndefinitely: boolean;
  /** The postponement's end, when the clock is paused until a date. */
  readonly resumesAt: Date | null;
  /** When the clock stopped for good (responded, resolved, closed). */
  readonly stoppedAt: Date | null;
}

type Mode = { readonly kind: 'running' } | { readonly kind: 'paused'; readonly until: Date | null } | { readonly kind: 'stopped' };

function resolutionMode(state: TicketState): Mode {
  switch (state.status) {
    case 'resolved':
    case 'closed':
      return { kind: 'stopped' };
    case 'waitingForInformation':
      return { kind: 'paused', until: null };
    case 'postponed':
      return { kind: 'paused', until: state.postponedUntil };
    default:
      return { kind: 'running' };
  }
}

function responseMode(state: TicketState, respondedBefore: boolean): Mode {
  // A resolution or closure without a start also ends the wait for a first response.
  if (respondedBefore || state.firstStartedAt !== null || state.status === 'resolved' || state.status === 'closed') return { kind: 'stopped' };
  return resolutionMode(state);
}

class TimelineBuilder {
  private readonly runs: { from: Date; to: Date | null }[] = [];
  private mode: Mode = { kind: 'stopped' };
  private since = new Date(0);
  private stoppedAt: Date | null = null;

  /** The clock changes to `mode` at `at`; what ran since the previous change is recorded. */
  change(mode: Mode, at: Date): void {
    this.record(this.since, at);
    if (mode.kind === 'stopped' && this.mode.kind !== 'stopped') this.stoppedAt = at;
    if (mode.kind !== 'stopped') this.stoppedAt = null;
    this.mode = mode;
    this.since = at;
  }

  private record(from: Date, to: Date | null): void {
    let start = from;
    if (this.mode.kind === 'stopped') return;
    if (this.mode.kind === 'paused') {
      if (this.mode.until === null) return;
      start = this.mode.until.getTime() > from.getTime() ? this.mode.until : from;
    }
    if (to !== null && to.getTime() <= start.getTime()) return;
    const last = this.runs.at(-1);
    if (last !== undefined && last.to !== null && last.to.getTime() === start.getTime()) last.to = to;
    else this.runs.push({ from: start, to });
  }

  finish(): ClockTimeline {
    this.record(this.since, null);
    const paused = this.mode.kind === 'paused' ? this.mode : null;
    return {
      runs: this.runs,
      pausedIndefinitely: paused !== null && paused.until === null,
      resumesAt: paused?.until ?? null,
      stoppedAt: this.mode.kind === 'stopped' ? this.stoppedAt : null,
    };
  }
}

/**
 * The response and resolution clocks of a ticket, recomputed from its history (never stored):
 * both run from registration; both pause while the ticket waits for information or is postponed
 * (until the postponement's date); the response clock stops for good at the first start or
 * resolution; the resolution clock stops at resolution or closure and runs again on reopening.
 */
export function slaTimelines(history: readonly TicketAction[]): { response: ClockTimeline; resolution: ClockTimeline } {
  const response = new TimelineBuilder();
  const resolution = new TimelineBuilder();
  let state: TicketState | null = null;
  let responded = false;
  for (const action of history) {
    state = applyAction(state, action);
    const mode = responseMode(state, responded);
    responded = mode.kind === 'stopped';
    response.change(mode, action.at);
    resolution.change(resolutionMode(state), action.at);
  }
  return { response: response.finish(), resolution: resolution.finish() };
}
