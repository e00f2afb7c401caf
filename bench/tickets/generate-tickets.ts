import BetterSqlite3 from 'better-sqlite3';
import { applyAction } from '../../core/tickets/apply-action.js';
import { holdingPositionIds } from '../../core/tickets/ticket-capacity.js';
import { cartablePositionIds, readModelOf } from '../../core/tickets/persist-ticket-state.js';
import type { RequestType } from '../../core/tickets/request-type.js';
import type { TicketAction } from '../../core/tickets/ticket-action.js';
import type { TicketActor } from '../../core/tickets/ticket-actor.js';
import type { TicketChannel } from '../../core/tickets/ticket-channel.js';
import type { TicketState } from '../../core/tickets/ticket-state.js';
import { dammCheckDigit } from '../../core/tickets/damm-check-digit.js';
import { encodeAction } from '../../database/repositories/tickets/ticket-action-codec.js';
import { idNumber, toSqlDate } from '../../database/repositories/tickets/sql-date.js';
import { buildSearchIndex } from '../../database/dialects/sqlite-search-index.js';
import { ticketText } from './persian-text.js';
import type { ReferenceData } from './reference-data.js';
import { routerFor } from './route-for.js';
import { mulberry32 } from '../../database/seed/mulberry32.js';

export interface GenerationOptions {
  readonly count: number;
  /** The share of open tickets (registered … postponed); most of them recent. */
  readonly openShare: number;
  readonly now: Date;
  /** How far back the oldest ticket goes. */
  readonly days: number;
  readonly seed: number;
  readonly progress: (message: string) => void;
}

export interface GenerationSummary {
  readonly tickets: number;
  readonly open: number;
  readonly resolved: number;
  readonly actions: number;
  readonly seconds: number;
}

const BATCH = 20_000;
const CHANNELS: ReadonlyArray<readonly [TicketChannel, number]> = [['phone', 55], ['portal', 28], ['email', 8], ['voicemail', 5], ['internal', 4]];
/** Second-level categories people call about more often than the rest. */
const POPULAR = new Set(['HW-PRINTER', 'HW-NET', 'OS-WIN', 'SW-OA', 'HW-PC', 'SW-MAIL']);
const MINUTE = 60_000;

/**
 * How likely a ticket is still open by how recent it is (rank 0 is the newest, 1 the oldest):
 * nearly all of the newest, a few old ones that were postponed or forgotten; scaled so that the
 * expected share over all tickets is `openShare`.
 */
function openProbability(rank: number, openShare: number): number {
  const shape = rank < 0.05 ? 0.9 : rank < 0.1 ? 0.5 : rank < 0.2 ? 0.1 : 0.025;
  return Math.min(0.98, shape * (openShare / 0.1));
}

/** Tracking codes of 8 digits with their check digit, distinct for the first nine million tickets. */
function trackingCodeOf(index: number): string {
  const body = String(1_000_000 + ((index * 7_777_777) % 9_000_000));
  return body + dammCheckDigit(body);
}

/**
 * Writes `count` tickets straight into the tables, with the log, cartables and involvements that
 * the ticket desk would have left: each ticket's history is built as core's actions, its state
 * and read model (SLA deadlines on the business calendar, normalized search text) come from core's
 * own functions, and it is routed by core's routing rules. Generated tickets have no process
 * instance: they are there to be listed and searched, not acted on. The search index's triggers
 * and the tables' secondary indexes are set aside during the load and built once at the end, which
 * is several times faster than keeping them up to date row by row.
 */
export function generateTickets(file: string, reference: ReferenceData, options: GenerationOptions): GenerationSummary {
  const started = performance.now();
  const random = mulberry32(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const weighted = <T>(items: ReadonlyArray<readonly [T, number]>): T => {
    let roll = random() * items.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [item, weight] of items) if ((roll -= weight) < 0) return item;
    return items[items.length - 1]![0];
  };
  const { policy } = reference;
  const categories = reference.categories.map((category) => [category, POPULAR.has(category.code.split('-').slice(0, 2).join('-')) ? 4 : 1] as const);
  const routeOf = routerFor(reference);
  const staff = (positionId: string): Extract<TicketActor, { kind: 'staff' }> => ({ kind: 'staff', personId: reference.holderOf.get(positionId) ?? null, positionId });

  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -400000');
  db.pragma('temp_store = MEMORY');
  // Set aside (and put back afterwards, exactly as they were): the search index's triggers and the
  // secondary indexes of the tables written, which are built far faster once over all rows.
  const setAside = db
    .prepare<[], { type: string; name: string; sql: string }>(
      "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND ((type = 'trigger' AND name LIKE 'tickets_search_%') OR (type = 'index' AND tbl_name IN ('tickets', 'ticket_actions', 'ticket_assignments', 'ticket_involvements')))",
    )
    .all();
  for (const object of setAside) db.exec(`DROP ${object.type.toUpperCase()} ${object.name}`);

  const columns = [
    'tracking_code', 'channel', 'request_type', 'priority_code', 'category_id', 'location_id', 'subject', 'description', 'search_text', 'requester_person_id', 'requester_name',
    'requester_phone', 'status', 'contractor_id', 'escalation_level', 'registered_by_user_id', 'registered_at', 'updated_at', 'first_response_at', 'resolved_at', 'closed_at',
    'close_reason', 'postponed_until', 'response_due_at', 'resolution_due_at', 'version',
  ];
  const insertTicket = db.prepare(`INSERT INTO tickets (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  const insertAction = db.prepare(
    'INSERT INTO ticket_actions (ticket_id, kind, at, actor_kind, actor_user_id, actor_person_id, actor_position_id, payload, visible_to_requester) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertAssignment = db.prepare('INSERT INTO ticket_assignments (ticket_id, position_id, since) VALUES (?, ?, ?)');
  const insertInvolvement = db.prepare('INSERT INTO ticket_involvements (ticket_id, position_id, since) VALUES (?, ?, ?)');
  const sqlDate = (date: Date | null) => toSqlDate('sqlite', date);

  const now = options.now.getTime();
  const first = now - options.days * 24 * 60 * MINUTE;
  const spacing = (now - 10 * MINUTE - first) / options.count;
  const summary = { tickets: 0, open: 0, resolved: 0, actions: 0 };

  const writeOne = (index: number) => {
    const rank = 1 - index / options.count;
    const registeredAt = new Date(Math.floor(first + index * spacing + random() * spacing));
    const category = weighted(categories);
    const requester = pick(reference.requesters);
    const channel = weighted(CHANNELS);
    const text = ticketText(pick, category, requester);
    const operator = pick(reference.operators);
    const registeredBy = channel === 'phone' || channel === 'voicemail' ? operator.userId : channel === 'portal' ? requester.userId : null;
    const registrar: TicketActor = channel === 'portal' ? { kind: 'requester', personId: requester.personId } : { ...staff(operator.positionId), userId: operator.userId === null ? null : String(operator.userId) };
    const history: TicketAction[] = [
      {
        kind: 'registered',
        at: registeredAt,
        actor: registrar,
        details: {
          trackingCode: trackingCodeOf(index),
          channel,
          requestType: category.requestType as RequestType,
          priority: category.defaultPriority ?? reference.defaultPriority,
          categoryId: category.id,
          locationId: requester.locationId,
          subject: text.subject,
          description: text.description,
          requester: { personId: requester.personId, name: requester.name, phoneNumber: requester.phone },
          callId: null,
        },
      },
    ];
    const route = routeOf(category.id, requester.locationId);
    let at = registeredAt.getTime() + 1_000 + Math.floor(random() * 4_000);
    history.push({ kind: 'routed', at: new Date(at), actor: { kind: 'system' }, target: route.target, ruleId: route.ruleId });
    const holders = route.target.kind === 'positions' ? route.target.positionIds : (policy.contractorSupervisors.get(route.target.contractorId) ?? [reference.messageCenterPositionId]);
    const handler = holders[0]!;
    // Later steps happen minutes to hours apart, but never after now.
    const later = (meanMinutes: number) => (at = Math.min(now - 1_000, at + Math.floor((0.2 + random() * 1.8) * meanMinutes * MINUTE)));
    const open = random() < openProbability(rank, options.openShare);
    if (open) {
      const roll = random();
      if (roll >= 0.45) {
        history.push({ kind: 'started', at: new Date(later(45)), actor: staff(handler) });
        if (roll >= 0.88) history.push({ kind: 'postponed', at: new Date(later(30)), actor: staff(handler), until: new Date(now + Math.floor((1 + random() * 13) * 24 * 60 * MINUTE)), reason: 'در انتظار رسیدن قطعه' });
        else if (roll >= 0.8) history.push({ kind: 'informationRequested', at: new Date(later(30)), actor: staff(handler), question: 'لطفاً شماره اموال دستگاه را اعلام کنید.' });
      }
    } else if (random() < 0.03) {
      history.push({ kind: 'closed', at: new Date(later(20)), actor: staff(operator.positionId), reason: random() < 0.5 ? 'cancelled' : 'duplicate' });
    } else {
      history.push({ kind: 'started', at: new Date(later(60)), actor: staff(handler) });
      history.push({ kind: 'resolved', at: new Date(later(180)), actor: staff(handler), resolution: 'بررسی و برطرف شد.', byPositionId: handler });
      if (rank > 0.02 || random() < 0.5) {
        const agent = staff(reference.feedbackPositionId);
        const answered = random() < 0.86;
        history.push({ kind: 'feedback', at: new Date(later(240)), actor: agent, response: answered ? { kind: 'answered', score: 3 + Math.floor(random() * 3), comment: null } : { kind: 'noAnswer' } });
        history.push({ kind: 'closed', at: new Date(at), actor: { kind: 'system' }, reason: answered ? 'satisfied' : 'noFeedback' });
      }
    }

    let state: TicketState | null = null;
    const involvements = new Map<string, Date>();
    for (const action of history) {
      state = applyAction(state, action);
      for (const positionId of holdingPositionIds(state, policy.contractorSupervisors)) if (!involvements.has(positionId)) involvements.set(positionId, action.at);
    }
    const final = state!;
    const model = readModelOf(policy, final, history, final.lastActionAt);
    const ticketId = Number(
      insertTicket.run(
        model.trackingCode, model.channel, model.requestType, model.priority, idNumber(model.categoryId), idNumber(model.locationId), model.subject, model.description, model.searchText,
        idNumber(model.requesterPersonId), model.requesterName, model.requesterPhone, model.status, idNumber(model.contractorId), model.escalationLevel, registeredBy,
        sqlDate(model.registeredAt), sqlDate(model.updatedAt), sqlDate(model.firstResponseAt), sqlDate(model.resolvedAt), sqlDate(model.closedAt), model.closeReason,
        sqlDate(model.postponedUntil), sqlDate(model.responseDueAt), sqlDate(model.resolutionDueAt), history.length,
      ).lastInsertRowid,
    );
    for (const action of history) {
      const encoded = encodeAction(action);
      const userId = action.kind === 'registered' ? registeredBy : encoded.actorPersonId === null ? null : (reference.userOfPerson.get(encoded.actorPersonId) ?? null);
      insertAction.run(ticketId, encoded.kind, sqlDate(encoded.at), encoded.actorKind, userId, encoded.actorPersonId, encoded.actorPositionId, encoded.payload, 1);
    }
    for (const positionId of cartablePositionIds(final, policy)) insertAssignment.run(ticketId, idNumber(positionId), sqlDate(final.lastActionAt));
    for (const [positionId, since] of involvements) insertInvolvement.run(ticketId, idNumber(positionId), sqlDate(since));
    summary.tickets += 1;
    summary.actions += history.length;
    if (final.status === 'resolved') summary.resolved += 1;
    else if (final.status !== 'closed') summary.open += 1;
  };

  const batch = db.transaction((from: number, to: number) => {
    for (let index = from; index < to; index += 1) writeOne(index);
  });
  for (let from = 0; from < options.count; from += BATCH) {
    batch(from, Math.min(options.count, from + BATCH));
    const done = Math.min(options.count, from + BATCH);
    if (done % (BATCH * 10) === 0 || done === options.count) options.progress(`${done} tickets written (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  options.progress('building the indexes…');
  for (const object of setAside.filter((candidate) => candidate.type === 'index')) db.exec(object.sql);
  for (const object of setAside.filter((candidate) => candidate.type === 'trigger')) db.exec(object.sql);
  options.progress('building the search index…');
  buildSearchIndex(db, file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { ...summary, seconds: (performance.now() - started) / 1000 };
}

