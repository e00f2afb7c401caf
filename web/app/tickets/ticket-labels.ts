import type { MessageId } from '../core/i18n/message-id';

const STATUS: Readonly<Record<string, MessageId>> = {
  registered: 'ticket.status.registered',
  routed: 'ticket.status.routed',
  inProgress: 'ticket.status.inProgress',
  waitingForInformation: 'ticket.status.waitingForInformation',
  postponed: 'ticket.status.postponed',
  resolved: 'ticket.status.resolved',
  closed: 'ticket.status.closed',
};

const KIND: Readonly<Record<string, MessageId>> = {
  registered: 'ticket.kind.registered',
  routed: 'ticket.kind.routed',
  started: 'ticket.kind.started',
  referred: 'ticket.kind.referred',
  partCompleted: 'ticket.kind.partCompleted',
  postponed: 'ticket.kind.postponed',
  resumed: 'ticket.kind.resumed',
  noted: 'ticket.kind.noted',
  informationRequested: 'ticket.kind.informationRequested',
  informationProvided: 'ticket.kind.informationProvided',
  resolved: 'ticket.kind.resolved',
  reopened: 'ticket.kind.reopened',
  escalated: 'ticket.kind.escalated',
  feedback: 'ticket.kind.feedback',
  closed: 'ticket.kind.closed',
};

const CHANNEL: Readonly<Record<string, MessageId>> = {
  phone: 'ticket.channel.phone',
  portal: 'ticket.channel.portal',
  email: 'ticket.channel.email',
  voicemail: 'ticket.channel.voicemail',
  api: 'ticket.channel.api',
  internal: 'ticket.channel.internal',
};

/** The message naming a ticket status; null for a status this app does not know (shown as it is). */
export const ticketStatusLabel = (status: string): MessageId | null => STATUS[status] ?? null;
/** The message naming a history entry's kind. */
export const historyKindLabel = (kind: string): MessageId | null => KIND[kind] ?? null;
export const channelLabel = (channel: string): MessageId | null => CHANNEL[channel] ?? null;
