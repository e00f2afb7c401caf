import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nextFiring, scheduleTimer } from './timer-schedule.js';
import { parseIsoDateTime } from './iso-date-time.js';

const now = Date.parse('2026-01-31T10:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

describe('timer schedules', () => {
  it('add durations with calendar months and elapsed hours', () => {
    assert.equal(iso(scheduleTimer('duration', 'PT1H30M', now).dueAt), '2026-01-31T11:30:00.000Z');
    assert.equal(iso(scheduleTimer('duration', 'P1M', now).dueAt), '2026-02-28T10:00:00.000Z');
    assert.equal(iso(scheduleTimer('duration', 'P1W2D', now).dueAt), '2026-02-09T10:00:00.000Z');
    assert.equal(iso(scheduleTimer('duration', 'PT0.5S', now).dueAt), '2026-01-31T10:00:00.500Z');
  });

  it('fire at once for zero and negative durations', () => {
    assert.ok(scheduleTimer('duration', '-PT5M', now).dueAt < now);
    assert.equal(scheduleTimer('duration', 'PT0S', now).dueAt, now);
  });

  it('read dates with offsets and zone ids', () => {
    assert.equal(iso(scheduleTimer('date', '2026-03-01T08:00:00+03:30', now).dueAt), '2026-03-01T04:30:00.000Z');
    assert.equal(iso(parseIsoDateTime('2026-03-01T08:00:00[Asia/Tehran]')!), '2026-03-01T04:30:00.000Z');
    assert.equal(iso(parseIsoDateTime('2022-01-01T10:00:00+02:00[Europe/Berlin]')!), '2022-01-01T08:00:00.000Z');
    assert.equal(iso(parseIsoDateTime('2026-03-01T08:00:00@Asia/Tehran')!), '2026-03-01T04:30:00.000Z', 'as FEEL writes a zoned date-time');
    assert.throws(() => scheduleTimer('date', '2026-03-01T08:00:00', now), /offset or zone/);
  });

  it('repeat ISO cycles the given number of times', () => {
    let schedule = scheduleTimer('cycle', 'R3/PT10S', now);
    const firings = [schedule.dueAt];
    for (let next = nextFiring(schedule, schedule.dueAt); next; next = nextFiring(next, next.dueAt)) firings.push(next.dueAt);
    assert.deepEqual(firings.map((f) => (f - now) / 1000), [10, 20, 30]);
    schedule = scheduleTimer('cycle', 'R/P1D', now);
    assert.equal(schedule.repetitions, -1);
    assert.equal(nextFiring(schedule, schedule.dueAt)!.repetitions, -1);
  });

  it('continue a cycle that fell behind one interval after now, without firing the missed occurrences', () => {
    const schedule = scheduleTimer('cycle', 'R5/PT1H', now);
    const late = schedule.dueAt + 3.5 * 3_600_000;
    const next = nextFiring(schedule, schedule.dueAt, late)!;
    assert.equal(next.dueAt, late + 3_600_000);
    assert.equal(next.repetitions, 3, 'the late firing counts as one repetition');
    assert.equal(nextFiring(schedule, schedule.dueAt, schedule.dueAt + 1_000)!.dueAt, schedule.dueAt + 3_600_000, 'a slightly late firing keeps the rhythm');
    const cron = scheduleTimer('cycle', '0 0 9 * * *', now);
    assert.equal(iso(nextFiring(cron, cron.dueAt, Date.parse('2026-02-05T12:00:00Z'))!.dueAt), '2026-02-06T09:00:00.000Z');
  });

  it('start a cycle at its given start time', () => {
    const schedule = scheduleTimer('cycle', 'R2/2026-02-01T00:00:00Z/P1D', now);
    assert.equal(iso(schedule.dueAt), '2026-02-01T00:00:00.000Z');
    assert.equal(iso(nextFiring(schedule, schedule.dueAt)!.dueAt), '2026-02-02T00:00:00.000Z');
    assert.equal(nextFiring(nextFiring(schedule, schedule.dueAt)!, 0), undefined);
  });

  it('follow cron expressions with seconds in UTC', () => {
    const schedule = scheduleTimer('cycle', '0 0 9-17 * * MON-FRI', Date.parse('2026-11-27T17:30:00Z'));
    assert.equal(iso(schedule.dueAt), '2026-11-30T09:00:00.000Z');
    assert.equal(iso(nextFiring(schedule, schedule.dueAt)!.dueAt), '2026-11-30T10:00:00.000Z');
  });

  it('reject what is not a timer', () => {
    assert.throws(() => scheduleTimer('duration', '5 minutes', now), /not an ISO 8601 duration/);
    assert.throws(() => scheduleTimer('cycle', 'R0/PT1S', now), /zero times/);
    assert.throws(() => scheduleTimer('cycle', 'every day', now), /neither/);
  });
});
