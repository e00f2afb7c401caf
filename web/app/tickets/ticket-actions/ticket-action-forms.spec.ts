import { offeredActions } from './ticket-action-forms';

describe('offeredActions', () => {
  it('given a routed ticket its holder may start, refer, postpone, note, resolve and escalate, when offered, then start and escalate are buttons and resolve comes first among the forms', () => {
    const offered = offeredActions({ allowedActions: ['routed', 'started', 'referred', 'postponed', 'noted', 'resolved', 'escalated', 'closed'], pendingPartPositionIds: [] }, [5]);
    expect(offered.buttons).toEqual(['start', 'escalate']);
    expect(offered.forms).toEqual(['resolve', 'refer', 'postpone', 'note']);
    expect(offered.partPositionIds).toEqual([]);
  });

  it('given pending parallel parts, when offered, then only the parts of positions the user sees, first', () => {
    const offered = offeredActions({ allowedActions: ['partCompleted', 'noted', 'closed'], pendingPartPositionIds: [5, 8] }, [8, 9]);
    expect(offered.forms).toEqual(['part', 'note']);
    expect(offered.partPositionIds).toEqual([8]);
    expect(offered.buttons).toEqual([]);
  });

  it('given a ticket the user may not act on, when offered, then nothing', () => {
    expect(offeredActions({ allowedActions: [], pendingPartPositionIds: [3] }, [3])).toEqual({ buttons: [], forms: [], partPositionIds: [] });
  });
});
