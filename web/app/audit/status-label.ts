import type { MessageId } from '../core/i18n/message-id';

const STATUSES: Readonly<Record<string, MessageId>> = {
  registered: 'audit.status.registered',
  routed: 'audit.status.routed',
  inProgress: 'audit.status.inProgress',
  waitingForInformation: 'audit.status.waitingForInformation',
  postponed: 'audit.status.postponed',
  resolved: 'audit.status.resolved',
  closed: 'audit.status.closed',
};

/** The message naming a ticket status; an unknown status shows as itself. */
export function statusLabel(status: string): MessageId | null {
  return STATUSES[status] ?? null;
}
