import { OPEN_STATUSES } from '../../core/tickets/ticket-status.js';
import type { SqlExecutor } from '../database.js';
import { toDate } from './column-values.js';
import { firstRows } from './first-rows.js';

/** What the operator's screen shows about a caller the moment they answer. */
export interface CallerCard {
  readonly callerNumber: string;
  /** E.164 when the number is Iranian. */
  readonly phone: string | null;
  readonly person: {
    readonly id: number;
    readonly name: string;
    readonly personnelCode: string;
    readonly unit: string | null;
    readonly position: string | null;
    /** Province › city › building › floor. */
    readonly location: string | null;
    readonly extension: string | null;
  } | null;
  readonly contractor: { readonly id: number; readonly name: string } | null;
  readonly recentCalls: readonly { readonly callId: number; readonly at: string; readonly outcome: string | null; readonly queueId: string | null; readonly operatorUserId: number | null }[];
  readonly openRequests: readonly CardRequest[];
  readonly recentRequests: readonly CardRequest[];
}

export interface CardRequest {
  readonly ticketId: number;
  readonly trackingCode: string;
  readonly subject: string;
  readonly status: string;
  readonly registeredAt: string;
}

const CARD_ROWS = 5;

async function locationPath(sql: SqlExecutor, locationId: number | null): Promise<string | null> {
  const names: string[] = [];
  let next = locationId;
  // Locations are a shallow tree (province › city › building › floor); the bound guards against a cycle.
  for (let depth = 0; next !== null && depth < 8; depth++) {
    const [row] = await sql.all<{ parent_id: number | null; name_fa: string }>('SELECT parent_id, name_fa FROM locations WHERE id = ?', [next]);
    if (row === undefined) break;
    names.unshift(row.name_fa);
    next = row.parent_id === null ? null : Number(row.parent_id);
  }
  return names.length === 0 ? null : names.join(' › ');
}

async function person(sql: SqlExecutor, personId: number): Promise<CallerCard['person']> {
  const [row] = await sql.all<{ id: number; first_name: string; last_name: string; personnel_code: string; extension: string | null; location_id: number | null; unit: string | null }>(
    'SELECT p.id, p.first_name, p.last_name, p.personnel_code, p.extension, p.location_id, u.name_fa AS unit FROM people p LEFT JOIN org_units u ON u.id = p.unit_id WHERE p.id = ?',
    [personId],
  );
  if (row === undefined) return null;
  const [post] = await sql.all<{ title_fa: string }>(
    'SELECT pos.title_fa FROM person_positions pp JOIN positions pos ON pos.id = pp.position_id WHERE pp.person_id = ? ORDER BY pp.is_primary DESC, pos.id',
    [personId],
  );
  return {
    id: Number(row.id),
    name: `${row.first_name} ${row.last_name}`,
    personnelCode: row.personnel_code,
    unit: row.unit,
    position: post?.title_fa ?? null,
    location: await locationPath(sql, row.location_id === null ? null : Number(row.location_id)),
    extension: row.extension,
  };
}

/**
 * The caller's card: who they are (person or contractor), their last calls and their requests,
 * open ones first. `personId` / `contractorId` come from the caller identification.
 */
export async function loadCallerCard(sql: SqlExecutor, caller: { callerNumber: string; phone: string | null; personId: number | null; contractorId: number | null }): Promise<CallerCard> {
  const who = caller.personId !== null ? await person(sql, caller.personId) : null;
  const [contractor] =
    caller.contractorId !== null ? await sql.all<{ id: number; name_fa: string }>('SELECT id, name_fa FROM contractors WHERE id = ?', [caller.contractorId]) : [];
  const key = caller.personId !== null ? { column: 'person_id', value: caller.personId } : caller.phone !== null ? { column: 'caller_phone', value: caller.phone } : null;
  const calls =
    key === null
      ? []
      : await sql.all<{ id: number; started_at: unknown; outcome: string | null; queue_id: string | null; operator_user_id: number | null }>(
          `SELECT id, started_at, outcome, queue_id, operator_user_id FROM calls WHERE ${key.column} = ? AND ended_at IS NOT NULL ORDER BY started_at DESC ${firstRows(sql.dialect, CARD_ROWS)}`,
          [key.value],
        );
  const requester = caller.personId !== null ? { column: 'requester_person_id', value: caller.personId } : caller.phone !== null ? { column: 'requester_phone', value: caller.phone } : null;
  const tickets =
    requester === null
      ? []
      : await sql.all<{ id: number; tracking_code: string; subject: string; status: string; registered_at: unknown }>(
          `SELECT id, tracking_code, subject, status, registered_at FROM tickets WHERE ${requester.column} = ? ORDER BY registered_at DESC ${firstRows(sql.dialect, 50)}`,
          [requester.value],
        );
  const toRequest = (row: (typeof tickets)[number]): CardRequest => ({
    ticketId: Number(row.id),
    trackingCode: row.tracking_code,
    subject: row.subject,
    status: row.status,
    registeredAt: toDate(row.registered_at).toISOString(),
  });
  const isOpen = (status: string) => (OPEN_STATUSES as readonly string[]).includes(status);
  return {
    callerNumber: caller.callerNumber,
    phone: caller.phone,
    person: who,
    contractor: contractor === undefined ? null : { id: Number(contractor.id), name: contractor.name_fa },
    recentCalls: calls.map((row) => ({
      callId: Number(row.id),
      at: toDate(row.started_at).toISOString(),
      outcome: row.outcome,
      queueId: row.queue_id,
      operatorUserId: row.operator_user_id === null ? null : Number(row.operator_user_id),
    })),
    openRequests: tickets.filter((row) => isOpen(row.status)).slice(0, CARD_ROWS).map(toRequest),
    recentRequests: tickets.filter((row) => !isOpen(row.status)).slice(0, CARD_ROWS).map(toRequest),
  };
}
