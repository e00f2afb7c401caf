import { normalizeForSearch } from '../../../core/text/normalize-for-search.js';
import { dammCheckDigit } from '../../../core/tickets/damm-check-digit.js';
import type { Database } from '../../../database/database.js';
import { modelsOf } from '../../../database/models/index.js';

export interface TestTicket {
  readonly body: string;
  readonly subject: string;
  readonly status?: string;
  readonly priorityCode?: string;
  readonly categoryId?: number | null;
  readonly locationId?: number | null;
  readonly requesterPersonId?: number | null;
  readonly requesterName?: string | null;
  readonly requesterPhone?: string | null;
  /** Positions holding it now (also involved). */
  readonly assignedTo?: readonly number[];
  /** Positions that held it before. */
  readonly involved?: readonly number[];
  readonly registeredAt?: Date;
  readonly resolutionDueAt?: Date | null;
  readonly responseDueAt?: Date | null;
  readonly firstResponseAt?: Date | null;
  /** Steps of the log: kind, whether the requester sees it, and its payload. */
  readonly actions?: ReadonlyArray<{ kind: string; visibleToRequester: boolean; payload?: Record<string, unknown> }>;
}

/** A valid tracking code (Damm check digit) from a body of digits not starting with 0. */
export function trackingCodeOf(body: string): string {
  return body + dammCheckDigit(body);
}

/**
 * Writes a ticket's read model, cartable assignments, involvements and log rows directly, as the
 * ticket repository would leave them, for tests of the read side.
 */
export async function insertTicket(db: Database, ticket: TestTicket): Promise<{ id: number; trackingCode: string }> {
  const m = modelsOf(db);
  const trackingCode = trackingCodeOf(ticket.body);
  const registeredAt = ticket.registeredAt ?? new Date('2026-11-22T06:00:00Z');
  return db.transaction(async (tx) => {
    const options = { transaction: tx.transaction };
    const id = (
      await m.Ticket.create(
        {
          trackingCode,
          channel: 'phone',
          requestType: 'incident',
          priorityCode: ticket.priorityCode ?? 'medium',
          categoryId: ticket.categoryId ?? null,
          locationId: ticket.locationId ?? null,
          subject: ticket.subject,
          description: ticket.subject,
          searchText: normalizeForSearch(`${trackingCode} ${ticket.subject} ${ticket.requesterName ?? ''}`),
          requesterPersonId: ticket.requesterPersonId ?? null,
          requesterName: ticket.requesterName ?? null,
          requesterPhone: ticket.requesterPhone ?? null,
          status: ticket.status ?? 'routed',
          registeredAt,
          updatedAt: registeredAt,
          resolutionDueAt: ticket.resolutionDueAt ?? null,
          responseDueAt: ticket.responseDueAt ?? null,
          firstResponseAt: ticket.firstResponseAt ?? null,
          version: 1,
        },
        options,
      )
    ).get().id;
    for (const positionId of ticket.assignedTo ?? []) await m.TicketAssignment.create({ ticketId: id, positionId, since: registeredAt }, options);
    for (const positionId of new Set([...(ticket.assignedTo ?? []), ...(ticket.involved ?? [])])) await m.TicketInvolvement.create({ ticketId: id, positionId, since: registeredAt }, options);
    for (const [index, action] of [{ kind: 'registered', visibleToRequester: true }, ...(ticket.actions ?? [])].entries()) {
      await m.TicketActionRecord.create(
        { ticketId: id, kind: action.kind, at: new Date(registeredAt.getTime() + index * 60_000), actorKind: 'system', payload: JSON.stringify({ ...('payload' in action ? action.payload : {}), actor: { kind: 'system' } }), visibleToRequester: action.visibleToRequester },
        options,
      );
    }
    return { id, trackingCode };
  });
}
