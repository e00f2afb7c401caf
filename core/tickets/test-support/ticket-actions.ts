import type { TicketAction, TicketActionKind, TicketActionOf } from '../ticket-action.js';
import type { TicketActor } from '../ticket-actor.js';
import type { TicketDetails } from '../ticket-details.js';

export const expert: TicketActor = { kind: 'staff', personId: 'reza', positionId: 'network-expert' };

export const sampleDetails: TicketDetails = {
  trackingCode: '12345671',
  channel: 'phone',
  requestType: 'incident',
  priority: 'high',
  categoryId: 'vpn',
  locationId: 'hq-3',
  subject: 'وی‌پی‌ان وصل نمی‌شود',
  description: 'از صبح امروز اتصال برقرار نمی‌شود',
  requester: { personId: 'sara', name: 'سارا احمدی', phoneNumber: '+989121234567' },
};

type Payload<K extends TicketActionKind> = Omit<TicketActionOf<K>, 'kind' | 'at' | 'actor'>;

/** Builds an action for tests: `act('postponed', at, { until, reason: '…' })`. */
export function act<K extends TicketActionKind>(kind: K, at: Date, ...payload: keyof Payload<K> extends never ? [] : [Payload<K>]): TicketAction {
  return { kind, at, actor: expert, ...(payload[0] ?? {}) } as TicketAction;
}

export function registered(at: Date, details: Partial<TicketDetails> = {}): TicketAction {
  return act('registered', at, { details: { ...sampleDetails, ...details } });
}

/** A ticket registered and routed to the network expert at the same instant, ready to be started. */
export function registeredAndRouted(at: Date, details: Partial<TicketDetails> = {}): TicketAction[] {
  return [registered(at, details), act('routed', at, { target: { kind: 'positions', positionIds: ['network-expert'] }, ruleId: null })];
}
