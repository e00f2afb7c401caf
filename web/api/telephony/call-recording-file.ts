import path from 'node:path';
import type { Principal } from '../../../core/access/principal.js';
import { NotFoundError } from '../../../core/errors/not-found-error.js';
import { canViewTicket, ROLES_SEEING_ALL_TICKETS } from '../../../core/tickets/can-view-ticket.js';
import type { TicketStatus } from '../../../core/tickets/ticket-status.js';
import type { TicketVisibilityFacts } from '../../../core/tickets/ticket-visibility-facts.js';
import type { ApiDeps } from '../api-deps.js';

/**
 * The file of a call's recording, for those allowed to hear it: the operator who took the call, and
 * whoever may see a ticket registered during it (core's visibility rule: admins, auditors,
 * operators, the positions that held it, the requester). Anyone else is told it does not exist.
 */
export async function callRecordingFile(deps: Pick<ApiDeps, 'db' | 'filesDir'>, principal: Principal, callId: number): Promise<{ readonly absolutePath: string; readonly fileName: string }> {
  const [call] = await deps.db.read.all<{ recording_path: string | null; operator_user_id: number | null; ticket_id: number | null }>(
    'SELECT recording_path, operator_user_id, ticket_id FROM calls WHERE id = ?',
    [callId],
  );
  if (call?.recording_path == null || !(await mayHear(deps, principal, callId, call))) throw new NotFoundError('call recording', callId);
  const root = path.resolve(deps.filesDir);
  const absolutePath = path.resolve(root, call.recording_path);
  if (!absolutePath.startsWith(`${root}${path.sep}`)) throw new NotFoundError('call recording', callId);
  return { absolutePath, fileName: `call-${callId}.wav` };
}

async function mayHear(deps: Pick<ApiDeps, 'db'>, principal: Principal, callId: number, call: { operator_user_id: number | null; ticket_id: number | null }): Promise<boolean> {
  if (principal.kind === 'user' && call.operator_user_id !== null && Number(call.operator_user_id) === principal.id) return true;
  if (principal.kind === 'system' || ROLES_SEEING_ALL_TICKETS.some((role) => principal.roles.has(role))) return true;
  const tickets = await deps.db.read.all<{ id: number; requester_person_id: number | null; status: string }>(
    'SELECT id, requester_person_id, status FROM tickets WHERE call_id = ? OR id = ?',
    [callId, call.ticket_id ?? -1],
  );
  for (const ticket of tickets) {
    const involved = await deps.db.read.all<{ position_id: number }>('SELECT position_id FROM ticket_involvements WHERE ticket_id = ?', [ticket.id]);
    const facts: TicketVisibilityFacts = {
      requesterPersonId: ticket.requester_person_id === null ? null : String(ticket.requester_person_id),
      status: ticket.status as TicketStatus,
      involvedPositionIds: involved.map((row) => String(row.position_id)),
    };
    if (canViewTicket(principal, facts)) return true;
  }
  return false;
}
