import { CronExpressionParser } from 'cron-parser';
import { addIsoDuration, parseIsoDuration } from './iso-duration.js';
import { parseIsoDateTime } from './iso-date-time.js';

/** How a cycle continues after a firing; stored with the timer so that a restart continues it. */
export type TimerCycle = { readonly kind: 'interval'; readonly interval: string } | { readonly kind: 'cron'; readonly expression: string };

export interface TimerSchedule {
  readonly dueAt: number;
  /** Firings left after this one; -1 for a cycle without end. */
  readonly repetitions: number;
  readonly cycle: TimerCycle | undefined;
}

export class TimerDefinitionError extends Error {}

function durationOrFail(text: string): ReturnType<typeof parseIsoDuration> & object {
  const duration = parseIsoDuration(text);
  if (!duration) throw new TimerDefinitionError(`'${text}' is not an ISO 8601 duration`);
  return duration;
}

function parseCycle(text: string, now: number): TimerSchedule {
  const trimmed = text.trim();
  if (!trimmed.startsWith('R')) {
    try {
      const next = CronExpressionParser.parse(trimmed, { currentDate: new Date(now), tz: 'UTC' }).next().getTime();
      return { dueAt: next, repetitions: -1, cycle: { kind: 'cron', expression: trimmed } };
    } catch (error) {
      throw new TimerDefinitionError(`'${text}' is neither an ISO 8601 repeating interval nor a cron expression: ${(error as Error).message}`);
    }
  }
  const parts = trimmed.split('/');
  const count = parts[0] === 'R' ? -1 : Number(parts[0]!.slice(1));
  if (!Number.isInteger(count) || (count < 0 && count !== -1)) throw new TimerDefinitionError(`'${text}' has an invalid number of repetitions`);
  if (count === 0) throw new TimerDefinitionError(`'${text}' repeats zero times`);
  const repetitions = count === -1 ? -1 : count - 1;
  if (parts.length === 2) {
    const interval = parts[1]!;
    return { dueAt: addIsoDuration(now, durationOrFail(interval)), repetitions, cycle: { kind: 'interval', interval } };
  }
  if (parts.length === 3) {
    const start = parseIsoDateTime(parts[1]!);
    if (start === undefined) throw new TimerDefinitionError(`'${parts[1]}' in '${text}' is not a date-time with an offset or zone`);
    const interval = parts[2]!;
    durationOrFail(interval);
    return { dueAt: start, repetitions, cycle: { kind: 'interval', interval } };
  }
  throw new TimerDefinitionError(`'${text}' is not an ISO 8601 repeating interval`);
}

/** The first due time of a timer definition, evaluated at `now` (epoch ms). */
export function scheduleTimer(type: 'duration' | 'date' | 'cycle', text: string, now: number): TimerSchedule {
  if (type === 'duration') return { dueAt: addIsoDuration(now, durationOrFail(text)), repetitions: 0, cycle: undefined };
  if (type === 'date') {
    const dueAt = parseIsoDateTime(text);
    if (dueAt === undefined) throw new TimerDefinitionError(`'${text}' is not an ISO 8601 date-time with an offset or zone id`);
    return { dueAt, repetitions: 0, cycle: undefined };
  }
  return parseCycle(text, now);
}

/**
 * The next firing of a cycle after one due at `firedDueAt` that fired at `now`; undefined when the
 * cycle is over. As in Zeebe, a cycle that fell behind (the natural next time has passed too, after
 * downtime) does not fire the missed occurrences in a burst: it continues one interval after now,
 * and a cron cycle at its next time after now.
 */
export function nextFiring(schedule: TimerSchedule, firedDueAt: number, now: number = firedDueAt): TimerSchedule | undefined {
  if (!schedule.cycle || schedule.repetitions === 0) return undefined;
  const repetitions = schedule.repetitions === -1 ? -1 : schedule.repetitions - 1;
  if (schedule.cycle.kind === 'interval') {
    const interval = durationOrFail(schedule.cycle.interval);
    const natural = addIsoDuration(firedDueAt, interval);
    return { dueAt: natural > now ? natural : addIsoDuration(now, interval), repetitions, cycle: schedule.cycle };
  }
  const dueAt = CronExpressionParser.parse(schedule.cycle.expression, { currentDate: new Date(Math.max(firedDueAt, now)), tz: 'UTC' }).next().getTime();
  return { dueAt, repetitions, cycle: schedule.cycle };
}
