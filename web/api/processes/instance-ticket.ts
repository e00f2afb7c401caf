import type { TicketStatus } from '../../../core/tickets/ticket-status.js';
import type { TicketVisibilityFacts } from '../../../core/tickets/ticket-visibility-facts.js';
import type { Database } from '../../../database/database.js';

/** The ticket a process instance works for (its lifecycle or its feedback instance), with what deciding who may see it needs. */
export async function ticketOfInstance(db: Database, processInstanceKey: string): Promise<(TicketVisibilityFacts & { readonly ticketId: number }) | undefined> {
  const [ticket] = await db.read.all<{ id: number; requester_person_id: number | null; status: string }>(
    'SELECT id, requester_person_id, status FROM tickets WHERE process_instance_key = ? OR feedback_process_instance_key = ?',
    [processInstanceKey, processInstanceKey],
  );
  if (ticket === undefined) return undefined;
  const involvements = await db.read.all<{ position_id: number }>('SELECT position_id FROM ticket_involvements WHERE ticket_id = ?', [ticket.id]);
  return {
    ticketId: Number(ticket.id),
    requesterPersonId: ticket.requester_person_id === null ? null : String(ticket.requester_person_id),
    status: ticket.status as TicketStatus,
    involvedPositionIds: involvements.map((row) => String(row.position_id)),
  };
}
