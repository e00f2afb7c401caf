import { addBusinessMinutes } from '../calendar/add-business-minutes.js';
import type { BusinessCalendar } from '../calendar/business-calendar.js';
import type { TicketAction } from '../tickets/ticket-action.js';
import { consumedMinutes, instantWhenConsumed } from './clock-consumption.js';
import type { SlaTarget } from './sla-target.js';
import { slaTimelines, type ClockTimeline } from './sla-timeline.js';

export interface SlaClockStatus {
  readonly targetMinutes: number;
  readonly state: 'running' | 'paused' | 'stopped';
  /**
   * When the target is (or was) used up. For a stopped clock, the deadline as it stood when it
   * stopped; while paused until a date, projected from that date; null while paused indefinitely
   * with time left.
   */
  readonly dueAt: Date | null;
  /** Whether the work came (or is) later than `dueAt`; once breached, always breached. */
  readonly breached: boolean;
  /** Business minutes used up to `now` (fractions kept). */
  readonly consumedMinutes: number;
  /** `targetMinutes − consumedMinutes`; negative once overrun. */
  readonly remainingMinutes: number;
  readonly pausedUntil: Date | null;
  readonly stoppedAt: Date | null;
}

export interface SlaStatus {
  readonly response: SlaClockStatus;
  readonly resolution: SlaClockStatus;
}

export interface SlaInput {
  /** The ticket's applied actions, in order. */
  readonly history: readonly TicketAction[];
  readonly calendar: BusinessCalendar;
  /** The targets for the ticket's current category and priority: a change of either applies from registration. */
  readonly target: SlaTarget;
  readonly now: Date;
}

function clockStatus(timeline: ClockTimeline, calendar: BusinessCalendar, targetMinutes: number, now: Date): SlaClockStatus {
  const consumed = consumedMinutes(timeline, calendar, now);
  const pausedUntil = timeline.resumesAt !== null && timeline.resumesAt.getTime() > now.getTime() ? timeline.resumesAt : null;
  const state = timeline.stoppedAt !== null ? 'stopped' : timeline.pausedIndefinitely || pausedUntil !== null ? 'paused' : 'running';
  let dueAt = instantWhenConsumed(timeline, calendar, targetMinutes);
  if (dueAt === null && timeline.stoppedAt !== null) {
    dueAt = addBusinessMinutes(calendar, timeline.stoppedAt, targetMinutes - consumedMinutes(timeline, calendar, timeline.stoppedAt));
  }
  // A deadline that passes outside working hours is still missed when the work comes after it.
  const measuredAt = timeline.stoppedAt ?? now;
  return {
    targetMinutes,
    state,
    dueAt,
    breached: dueAt !== null && measuredAt.getTime() > dueAt.getTime(),
    consumedMinutes: consumed,
    remainingMinutes: targetMinutes - consumed,
    pausedUntil,
    stoppedAt: timeline.stoppedAt,
  };
}

/** The response and resolution SLA of a ticket at `now`, recomputed from its history. */
export function computeSla(input: SlaInput): SlaStatus {
  const timelines = slaTimelines(input.history);
  return {
    response: clockStatus(timelines.response, input.calendar, input.target.responseMinutes, input.now),
    resolution: clockStatus(timelines.resolution, input.calendar, input.target.resolutionMinutes, input.now),
  };
}
