import type { TicketHistoryEntry } from '../../contract/tickets';
import type { MessageParams } from '../core/i18n/interpolate';
import type { MessageId } from '../core/i18n/message-id';

export interface HistoryTextDeps {
  readonly translate: (id: MessageId, params?: MessageParams) => string;
  readonly positionName: (positionId: number) => string;
  readonly dateTime: (iso: string) => string;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
const numbers = (value: unknown): number[] => (Array.isArray(value) ? value.filter((item): item is number => typeof item === 'number') : []);

/**
 * The lines a timeline shows under an action: where it was referred, until when it was postponed,
 * the note, question, answer or resolution itself. Nothing for actions that say all in their name.
 */
export function historyEntryText(entry: TicketHistoryEntry, deps: HistoryTextDeps): string[] {
  const d = entry.details;
  const lines: string[] = [];
  const to = (ids: number[]) => (ids.length === 0 ? null : deps.translate('ticket.detail.to', { positions: ids.map(deps.positionName).join('، ') }));
  switch (entry.kind) {
    case 'routed':
    case 'escalated':
      lines.push(to(numbers(d['positionIds'] ?? d['toPositionIds'])) ?? '');
      break;
    case 'referred': {
      const target = to(numbers(d['toPositionIds']));
      if (target !== null) lines.push(d['parallel'] === true ? `${target} (${deps.translate('ticket.detail.parallel')})` : target);
      lines.push(text(d['note']) ?? '');
      break;
    }
    case 'reopened':
      lines.push(text(d['reason']) ?? '', to(numbers(d['toPositionIds'])) ?? '');
      break;
    case 'partCompleted':
      lines.push(typeof d['positionId'] === 'number' ? deps.positionName(d['positionId']) : '', text(d['note']) ?? '');
      break;
    case 'postponed':
      if (typeof d['until'] === 'string') lines.push(deps.translate('ticket.detail.until', { time: deps.dateTime(d['until']) }));
      lines.push(text(d['reason']) ?? '');
      break;
    case 'noted':
      lines.push(text(d['text']) ?? '');
      break;
    case 'informationRequested':
      lines.push(text(d['question']) ?? '');
      break;
    case 'informationProvided':
      lines.push(text(d['answer']) ?? '');
      break;
    case 'resolved':
      lines.push(text(d['resolution']) ?? '');
      break;
    case 'feedback': {
      const response = d['response'] as { kind?: string; score?: number; comment?: string | null } | undefined;
      if (response?.kind === 'answered' && typeof response.score === 'number') lines.push(deps.translate('ticket.detail.score', { score: response.score }), text(response.comment) ?? '');
      else if (response?.kind === 'noAnswer') lines.push(deps.translate('ticket.detail.noAnswer'));
      break;
    }
  }
  return lines.filter((line) => line !== '');
}
