import { OPEN_STATUSES } from '../../../core/tickets/ticket-status.js';

export const STATUS_GROUPS = ['open', 'resolved', 'closed', 'all'] as const;
export type StatusGroup = (typeof STATUS_GROUPS)[number];

/** The statuses a group covers; undefined for all. */
export function statusesOf(group: StatusGroup): readonly string[] | undefined {
  switch (group) {
    case 'open':
      return OPEN_STATUSES;
    case 'resolved':
      return ['resolved'];
    case 'closed':
      return ['closed'];
    case 'all':
      return undefined;
  }
}
