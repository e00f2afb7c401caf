import type { Principal } from '../access/principal.js';

/**
 * Operators register for anyone (the message center, and API keys given the operator role), staff
 * and supervisors register internal tickets for anyone, requesters only for themselves (the portal).
 */
export function canRegisterTicket(principal: Principal, requesterPersonId: string | null): boolean {
  if (principal.kind === 'system') return true;
  if (['operator', 'staff', 'supervisor'].some((role) => principal.roles.has(role as 'operator'))) return true;
  return principal.roles.has('requester') && principal.personId !== null && requesterPersonId === String(principal.personId);
}
