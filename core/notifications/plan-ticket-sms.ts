import type { RecordedTicketAction } from '../tickets/recorded-ticket-action.js';
import { replayTicket } from '../tickets/replay-ticket.js';
import type { TicketActionKind } from '../tickets/ticket-action.js';
import { holdingPositionIds } from '../tickets/ticket-capacity.js';
import type { TicketPolicy } from '../tickets/ticket-policy.js';
import type { SmsParam } from './render-sms.js';
import type { SmsTemplateKey } from './sms-template-keys.js';
import type { TicketSmsEvent } from './ticket-sms-event.js';

/** Who gets one template of an event's SMS. */
export interface SmsAudience {
  readonly templateKey: SmsTemplateKey;
  readonly to: { readonly kind: 'requester' } | { readonly kind: 'positions'; readonly positionIds: readonly string[] };
  /** What makes the message one event: the action, or the ticket for a message sent once per ticket. */
  readonly scope: string;
  readonly params: Readonly<Record<string, SmsParam>>;
  /** The person who acted, who is not told about their own action. */
  readonly exceptPersonId: string | null;
}

const ACTION_OF: Readonly<Record<TicketSmsEvent, TicketActionKind>> = {
  'ticket.registered': 'registered',
  'ticket.informationRequested': 'informationRequested',
  'ticket.resolved': 'resolved',
  'ticket.escalated': 'escalated',
  'ticket.closed': 'closed',
};

/**
 * The SMS a ticket event sends, from its log: the requester hears of registration, questions,
 * resolution and closure; an escalation tells the positions that had the ticket and the ones that
 * have it now, and the requester only the first time (the scope is the ticket, not the action).
 * The event is the latest action of its kind: the process sends right after it.
 */
export function planTicketSms(event: TicketSmsEvent, ticketId: number, history: readonly RecordedTicketAction[], policy: TicketPolicy): SmsAudience[] {
  const index = history.findLastIndex((entry) => entry.action.kind === ACTION_OF[event]);
  const recorded = history[index];
  const state = replayTicket(history.map((entry) => entry.action));
  if (recorded === undefined || state === null) return [];
  const { action } = recorded;
  const scope = `action-${recorded.id}`;
  const exceptPersonId = action.actor.kind === 'staff' ? action.actor.personId : null;
  const requester = { kind: 'requester' } as const;
  const base = { trackingCode: state.details.trackingCode, subject: state.details.subject, name: state.details.requester.name, date: action.at };
  switch (action.kind) {
    case 'registered':
      return [{ templateKey: 'ticket.registered', to: requester, scope, params: base, exceptPersonId: null }];
    case 'informationRequested':
      return [{ templateKey: 'ticket.informationRequested', to: requester, scope, params: { ...base, question: action.question }, exceptPersonId: null }];
    case 'resolved':
      return [{ templateKey: 'ticket.resolved', to: requester, scope, params: { ...base, resolution: action.resolution }, exceptPersonId: null }];
    case 'closed':
      return [{ templateKey: 'ticket.closed', to: requester, scope, params: base, exceptPersonId: null }];
    case 'escalated': {
      const before = replayTicket(history.slice(0, index).map((entry) => entry.action));
      const previous = before === null ? [] : holdingPositionIds(before, policy.contractorSupervisors);
      const titles = action.toPositionIds.map((positionId) => policy.positions.get(positionId)?.title ?? positionId).join('، ');
      const params = { ...base, position: titles, level: action.level, dueDate: null };
      return [
        { templateKey: 'ticket.escalated.previous', to: { kind: 'positions', positionIds: previous.filter((id) => !action.toPositionIds.includes(id)) }, scope, params, exceptPersonId },
        { templateKey: 'ticket.escalated.new', to: { kind: 'positions', positionIds: action.toPositionIds }, scope, params, exceptPersonId },
        { templateKey: 'ticket.escalated.requester', to: requester, scope: `ticket-${ticketId}`, params: base, exceptPersonId: null },
      ];
    }
    default:
      return [];
  }
}
