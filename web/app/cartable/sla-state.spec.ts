import { slaState } from './sla-state';

const now = Date.parse('2026-11-23T10:00:00Z');
const open = { status: 'inProgress', overdue: false, responseDueAt: null, resolutionDueAt: null, postponedUntil: null };

describe('slaState', () => {
  it('given a deadline hours away, when shown, then it is due and not soon', () => {
    expect(slaState({ ...open, resolutionDueAt: '2026-11-23T14:00:00Z' }, now)).toEqual({ kind: 'due', at: '2026-11-23T14:00:00Z', soon: false });
  });

  it('given a deadline within the hour, when shown, then it is due soon', () => {
    expect(slaState({ ...open, resolutionDueAt: '2026-11-23T10:30:00Z' }, now)).toMatchObject({ kind: 'due', soon: true });
  });

  it('given a response deadline passed, when shown, then overdue since that deadline even before the server says so', () => {
    expect(slaState({ ...open, responseDueAt: '2026-11-23T09:00:00Z', resolutionDueAt: '2026-11-23T18:00:00Z' }, now)).toEqual({ kind: 'overdue', since: '2026-11-23T09:00:00Z' });
  });

  it('given the server marks it overdue, when shown, then overdue', () => {
    expect(slaState({ ...open, overdue: true }, now)).toEqual({ kind: 'overdue', since: null });
  });

  it('given a postponed ticket, when shown, then the date it comes back, whatever its paused deadlines', () => {
    expect(slaState({ ...open, status: 'postponed', postponedUntil: '2026-11-30T05:30:00Z', resolutionDueAt: '2026-11-20T00:00:00Z' }, now)).toEqual({ kind: 'postponed', until: '2026-11-30T05:30:00Z' });
  });

  it('given no SLA, when shown, then nothing', () => {
    expect(slaState(open, now)).toEqual({ kind: 'none' });
  });
});
