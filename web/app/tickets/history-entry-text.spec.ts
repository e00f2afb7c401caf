import type { TicketHistoryEntry } from '../../contract/tickets';
import { historyEntryText, type HistoryTextDeps } from './history-entry-text';

const deps: HistoryTextDeps = {
  translate: (id, params) => `${id}${params ? JSON.stringify(params) : ''}`,
  positionName: (id) => `P${id}`,
  dateTime: (iso) => `@${iso}`,
};
const entry = (kind: string, details: Record<string, unknown>): TicketHistoryEntry => ({ id: 1, kind, at: '2026-11-23T06:00:00Z', actor: { kind: 'staff', name: 'x', positionId: 3 }, visibleToRequester: true, details });

describe('historyEntryText', () => {
  it('given a parallel referral with a note, when described, then the positions by name, the parallel mark and the note', () => {
    expect(historyEntryText(entry('referred', { toPositionIds: [4, 5], note: 'لطفاً بررسی شود', parallel: true }), deps)).toEqual([
      'ticket.detail.to{"positions":"P4، P5"} (ticket.detail.parallel)',
      'لطفاً بررسی شود',
    ]);
  });

  it('given a postponement, when described, then the date in the reader’s format and the reason', () => {
    expect(historyEntryText(entry('postponed', { until: '2026-12-31T04:30:00.000Z', reason: 'قطعه نرسیده' }), deps)).toEqual([
      'ticket.detail.until{"time":"@2026-12-31T04:30:00.000Z"}',
      'قطعه نرسیده',
    ]);
  });

  it('given routing, a resolution, a feedback score and a start, when described, then what each says and nothing empty', () => {
    expect(historyEntryText(entry('routed', { positionIds: [7], ruleId: 2 }), deps)).toEqual(['ticket.detail.to{"positions":"P7"}']);
    expect(historyEntryText(entry('resolved', { resolution: 'کابل تعویض شد', byPositionId: 7 }), deps)).toEqual(['کابل تعویض شد']);
    expect(historyEntryText(entry('feedback', { response: { kind: 'answered', score: 2, comment: null } }), deps)).toEqual(['ticket.detail.score{"score":2}']);
    expect(historyEntryText(entry('started', {}), deps)).toEqual([]);
    expect(historyEntryText(entry('referred', { toPositionIds: [4], note: '' }), deps)).toEqual(['ticket.detail.to{"positions":"P4"}']);
  });
});
