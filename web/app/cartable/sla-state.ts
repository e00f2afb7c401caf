import type { CartableTicket } from '../../contract/cartable';

/** What a row says about its deadline: overdue, due at a time (soon when within the hour), postponed until, or nothing. */
export type SlaState =
  | { readonly kind: 'overdue'; readonly since: string | null }
  | { readonly kind: 'due'; readonly at: string; readonly soon: boolean }
  | { readonly kind: 'postponed'; readonly until: string }
  | { readonly kind: 'none' };

const SOON_MS = 60 * 60_000;

type Timed = Pick<CartableTicket, 'overdue' | 'responseDueAt' | 'resolutionDueAt' | 'postponedUntil' | 'status'>;

/** The deadline that matters for a cartable row at `now` (epoch milliseconds). */
export function slaState(ticket: Timed, now: number): SlaState {
  if (ticket.status === 'postponed' && ticket.postponedUntil !== null) return { kind: 'postponed', until: ticket.postponedUntil };
  const due = [ticket.responseDueAt, ticket.resolutionDueAt].filter((at): at is string => at !== null);
  const passed = due.filter((at) => Date.parse(at) <= now).sort();
  if (ticket.overdue || passed.length > 0) return { kind: 'overdue', since: passed[0] ?? null };
  if (ticket.resolutionDueAt === null) return { kind: 'none' };
  return { kind: 'due', at: ticket.resolutionDueAt, soon: Date.parse(ticket.resolutionDueAt) - now <= SOON_MS };
}
