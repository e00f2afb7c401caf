import type { Principal } from '../access/principal.js';
import type { TicketActor } from './ticket-actor.js';

const STAFF_ROLES = ['operator', 'staff', 'feedbackAgent', 'supervisor', 'admin', 'designer', 'auditor'] as const;

/**
 * How a principal is recorded in a ticket's history. Staff act through a position: the one of theirs
 * that holds the ticket, or else their first one. Someone with only the requester role is the
 * requester.
 */
export function ticketActorOf(principal: Principal, holding: readonly string[] = []): TicketActor {
  if (principal.kind === 'system') return { kind: 'system' };
  if (principal.kind === 'apiKey') return { kind: 'apiKey', apiKeyId: String(principal.id) };
  const userId = String(principal.id);
  const personId = principal.personId === null ? null : String(principal.personId);
  if (!STAFF_ROLES.some((role) => principal.roles.has(role))) return { kind: 'requester', personId, userId };
  const held = principal.positionIds.map(String);
  const positionId = held.find((id) => holding.includes(id)) ?? held[0] ?? null;
  return { kind: 'staff', personId, positionId, userId };
}

/** The actor's label in the process history: `user:12`, `apiKey:3`, `system`. */
export function processActorOf(principal: Principal): string {
  return principal.kind === 'system' ? 'system' : `${principal.kind}:${principal.id}`;
}
