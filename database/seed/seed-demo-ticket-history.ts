import { addBusinessMinutes } from '../../../../core/calendar/add-business-minutes.js';
import { daySpans, localDayNumber } from '../../../../core/calendar/working-spans.js';
import { findSlaTargetOrNull } from '../../../../core/sla/find-sla-target.js';
import type { TicketPriority } from '../../../../core/tickets/ticket-priority.js';
import type { Database } from '../../../database.js';
import { loadTicketPolicy } from '../../tickets/load-ticket-policy.js';
import { toSqlDate } from '../../tickets/sql-date.js';

/**
 * Weeks of plausible history for the demo organization (database/seed/), so that the reports have
 * something to show: tickets on working days with their whole logs (routed, started, escalated,
 * resolved, feedback, reopened for rework, closed), cartables and involvements as the ticket desk
 * leaves them, deadlines from the SLA table on the business calendar, and the calls the operators
 * answered, missed and lost. Rows are written directly, consistent with the schema; the tickets
 * have no process instance, so they are for reading, not for acting on. Deterministic for a seed.
 */
export interface DemoHistoryOptions {
  readonly now: Date;
  readonly weeks?: number;
  /** Tickets on a full working day, on average. */
  readonly ticketsPerDay?: number;
  readonly seed?: number;
}

export interface DemoHistorySummary {
  readonly tickets: number;
  readonly open: number;
  readonly calls: number;
}

type Row = Record<string, unknown>;

/** mulberry32: the same history for the same seed. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What people call about, and how often (weights); codes of database/seed/demo-categories.ts. */
const CATEGORY_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['HW-PRINTER-JAM', 7], ['HW-PRINTER-TONER', 6], ['HW-PRINTER-FAULT', 4], ['HW-PRINTER-COPIER', 2],
  ['HW-NET-VPN', 6], ['HW-NET-INTERNET', 3], ['HW-NET-LAN', 2], ['HW-NET-WIFI', 3], ['HW-NET-CABLING', 1],
  ['HW-PC-POWER', 2], ['HW-PC-MONITOR', 2], ['HW-PC-PERIPHERAL', 3], ['HW-PC-NEW', 1], ['HW-PHONE-SET', 2], ['HW-PHONE-EXT', 1],
  ['OS-WIN-LOGIN', 7], ['OS-WIN-SLOW', 4], ['OS-WIN-BOOT', 2], ['OS-DRIVER-TOKEN', 3], ['OS-DRIVER-PRINTER', 2], ['OS-UPDATE-FAILED', 1],
  ['SW-OA-LETTER', 5], ['SW-OA-SIGN', 5], ['SW-OA-ACCESS', 3], ['SW-OA-REPORT', 4], ['SW-OA-ARCHIVE', 3], ['SW-OA-CHANGE', 1],
  ['SW-FIN-PAYROLL', 2], ['SW-FIN-VOUCHER', 2], ['SW-FIN-REPORT', 2], ['SW-HR-ATTEND', 3], ['SW-HR-LEAVE', 2],
  ['SW-MAIL-SEND', 3], ['SW-MAIL-ACCOUNT', 1], ['SW-MAIL-QUOTA', 2], ['SW-APPS-OFFICE', 3], ['SW-APPS-INSTALL', 2], ['SW-APPS-ANTIVIRUS', 1],
  ['TRN-OA-BASICS', 3], ['TRN-OA-SIGN', 2], ['TRN-OFFICE-EXCEL', 3], ['TRN-OFFICE-WORD', 1], ['TRN-OFFICE-OUTLOOK', 1], ['TRN-SEC-PHISHING', 1], ['TRN-SEC-PASSWORD', 1],
];

/** The position a category goes to, most specific prefix first (as database/seed/demo-routing-rules.ts routes them). */
const ROUTES: ReadonlyArray<readonly [string, string]> = [
  ['SW-OA', 'SW-OA'], ['SW-FIN', 'SW-BIZ'], ['SW-HR', 'SW-BIZ'], ['SW-MAIL', 'SYS-SERVER'], ['SW-APPS', 'SYS-DESKTOP'],
  ['OS-LINUX', 'SYS-SERVER'], ['OS', 'SYS-DESKTOP'], ['HW-NET', 'NET-EXPERT'], ['HW-PHONE', 'NET-EXPERT'], ['HW', 'NET-HARDWARE'], ['TRN', 'TRN-TRAINER'],
];
const PROVINCIAL_IT: Readonly<Record<string, string>> = { 'PRV-ISF': 'NET-ISF', 'PRV-KHR': 'NET-KHR', 'PRV-AZE': 'NET-AZE', 'PRV-FRS': 'NET-FRS' };
const SUBJECTS: Readonly<Record<string, string>> = {
  HW: 'مشکل سخت‌افزاری', OS: 'مشکل سیستم‌عامل', SW: 'مشکل نرم‌افزاری', TRN: 'پرسش آموزشی',
};
/** Business minutes to the first response, on average, by priority. */
const RESPONSE_MEAN: Readonly<Record<string, number>> = { critical: 12, high: 35, medium: 110, low: 200 };
const SCORES = [1, 2, 3, 3, 4, 4, 4, 5, 5, 5, 5, 5];
const CHANNELS: ReadonlyArray<readonly [string, number]> = [['phone', 55], ['portal', 28], ['email', 8], ['voicemail', 5], ['internal', 4]];

export async function seedDemoReportHistory(db: Database, options: DemoHistoryOptions): Promise<DemoHistorySummary> {
  const random = generator(options.seed ?? 1405);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const weighted = <T>(items: ReadonlyArray<readonly [T, number]>): T => {
    let roll = random() * items.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [item, weight] of items) if ((roll -= weight) < 0) return item;
    return items[items.length - 1]![0];
  };
  const exponential = (mean: number) => -Math.log(1 - random()) * mean;

  const read = db.read;
  const [policy, positions, categories, units, people, holders, users, contractors, supervisors] = await Promise.all([
    loadTicketPolicy(read),
    read.all<Row>('SELECT id, parent_id, code FROM positions'),
    read.all<Row>('SELECT id, code, request_type, default_priority_code, handling_minutes FROM categories'),
    read.all<Row>('SELECT id, code FROM org_units'),
    read.all<Row>('SELECT id, first_name, last_name, unit_id FROM people'),
    read.all<Row>('SELECT position_id, person_id FROM person_positions ORDER BY is_primary DESC, person_id'),
    read.all<Row>('SELECT u.id, u.username, u.person_id FROM users u'),
    read.all<Row>('SELECT id, code FROM contractors'),
    read.all<Row>('SELECT contractor_id, position_id FROM contractor_supervisors ORDER BY position_id'),
  ]);
  const calendar = policy.calendar;
  const byCode = (rows: readonly Row[]) => new Map(rows.map((row) => [String(row.code), row]));
  const positionByCode = byCode(positions);
  const categoryByCode = byCode(categories);
  const unitCode = new Map(units.map((row) => [Number(row.id), String(row.code)]));
  const parentOf = new Map(positions.map((row) => [Number(row.id), row.parent_id === null ? null : Number(row.parent_id)]));
  const holderOf = new Map<number, number>();
  for (const row of holders) if (!holderOf.has(Number(row.position_id))) holderOf.set(Number(row.position_id), Number(row.person_id));
  const userOfPerson = new Map(users.filter((row) => row.person_id !== null).map((row) => [Number(row.person_id), Number(row.id)]));
  const userByName = new Map(users.map((row) => [String(row.username), Number(row.id)]));
  const operators = ['operator', 'operator2'].map((name) => userByName.get(name)).filter((id): id is number => id !== undefined);
  const contractorByCode = byCode(contractors);
  const supervisorsOf = new Map<number, number[]>();
  for (const row of supervisors) supervisorsOf.set(Number(row.contractor_id), [...(supervisorsOf.get(Number(row.contractor_id)) ?? []), Number(row.position_id)]);
  const positionId = (code: string) => Number(positionByCode.get(code)?.id);
  const feedbackPosition = positionId('SD-FEEDBACK');
  const feedbackAgent = holderOf.get(feedbackPosition) ?? null;
  // Requesters: anyone outside IT.
  const requesters = people.filter((row) => row.unit_id !== null && !String(unitCode.get(Number(row.unit_id)) ?? '').startsWith('IT'));
  if (requesters.length === 0 || operators.length === 0 || Number.isNaN(feedbackPosition)) throw new Error('the demo organization is not seeded');

  const now = options.now;
  const firstDay = localDayNumber(calendar, now.getTime()) - 7 * (options.weeks ?? 6);
  const lastDay = localDayNumber(calendar, now.getTime());
  const perDay = options.ticketsPerDay ?? 14;
  const sql = (date: Date | null) => toSqlDate(db.dialect, date);
  let trackingCode = 81_000_000 + Math.floor(random() * 100_000);
  const summary = { tickets: 0, open: 0, calls: 0 };

  for (let day = firstDay; day <= lastDay; day += 1) {
    const spans = daySpans(calendar, day);
    const workingMs = spans.reduce((sum, span) => sum + span.end - span.start, 0);
    if (workingMs === 0) continue;
    const count = Math.round((perDay * workingMs) / (480 * 60_000) * (0.7 + random() * 0.6));
    const tickets: Date[] = [];
    for (let index = 0; index < count; index += 1) {
      let offset = random() * workingMs;
      const span = spans.find((candidate) => (offset < candidate.end - candidate.start ? true : ((offset -= candidate.end - candidate.start), false)))!;
      const registeredAt = new Date(Math.floor(span.start + offset));
      if (registeredAt.getTime() > now.getTime()) continue;
      tickets.push(registeredAt);
    }
    tickets.sort((a, b) => a.getTime() - b.getTime());

    await db.transaction(async (tx) => {
      for (const registeredAt of tickets) {
        const categoryCode = weighted(CATEGORY_WEIGHTS);
        const category = categoryByCode.get(categoryCode);
        if (category === undefined) continue;
        const requester = pick(requesters);
        const requesterUnit = String(unitCode.get(Number(requester.unit_id)) ?? '');
        const channel = weighted(CHANNELS);
        const priority = (String(category.default_priority_code ?? 'medium') as TicketPriority) ?? 'medium';
        const categoryId = Number(category.id);
        const path = [categoryCode.split('-')[0]!, categoryCode.split('-').slice(0, 2).join('-'), categoryCode].map((code) => String(categoryByCode.get(code)?.id));
        const target = findSlaTargetOrNull(policy.slaRules, [...new Set(path)], priority);
        const responseDueAt = target === null ? null : addBusinessMinutes(calendar, registeredAt, target.responseMinutes);
        const resolutionDueAt = target === null ? null : addBusinessMinutes(calendar, registeredAt, target.resolutionMinutes);

        // Where it goes: a contractor for printers in Isfahan, copiers in Tehran and cabling; the
        // provincial IT expert for a province's hardware and OS; otherwise by category.
        let contractorId: number | null = null;
        let handlers: number[];
        const contractor =
          categoryCode.startsWith('HW-PRINTER') && requesterUnit === 'PRV-ISF' ? 'ZAYANDEH-PRINT' : categoryCode === 'HW-PRINTER-COPIER' ? 'NEGAR-COPY' : categoryCode === 'HW-NET-CABLING' ? 'ALBORZ-CABLING' : null;
        if (contractor !== null && contractorByCode.has(contractor)) {
          contractorId = Number(contractorByCode.get(contractor)!.id);
          handlers = supervisorsOf.get(contractorId)?.slice(0, 1) ?? [positionId('NET-HEAD')];
        } else if ((categoryCode.startsWith('HW') || categoryCode.startsWith('OS')) && !categoryCode.startsWith('HW-NET') && PROVINCIAL_IT[requesterUnit] !== undefined) {
          handlers = [positionId(PROVINCIAL_IT[requesterUnit]!)];
        } else {
          handlers = [positionId(ROUTES.find(([prefix]) => categoryCode.startsWith(prefix))?.[1] ?? 'SD-OPERATOR')];
        }
        const handler = handlers[0]!;

        const actions: Array<{ kind: string; at: Date; position: number | null; payload: Record<string, unknown> }> = [{ kind: 'registered', at: registeredAt, position: null, payload: {} }];
        const involvements = new Map<number, Date>(handlers.map((id) => [id, registeredAt]));
        const at = (minutes: number, from: Date) => addBusinessMinutes(calendar, from, Math.max(1, minutes));
        actions.push({ kind: 'routed', at: new Date(registeredAt.getTime() + 30_000), position: null, payload: { target: contractorId === null ? { kind: 'positions', positionIds: handlers.map(String) } : { kind: 'contractor', contractorId: String(contractorId) }, ruleId: null } });

        let status = 'routed';
        let firstResponseAt: Date | null = null;
        let resolvedAt: Date | null = null;
        let closedAt: Date | null = null;
        let closeReason: string | null = null;
        let postponedUntil: Date | null = null;
        let escalationLevel = 0;
        let holding: number[] = handlers;
        const past = (instant: Date) => instant.getTime() <= now.getTime();

        if (random() < 0.03) {
          const cancelled = new Date(registeredAt.getTime() + (5 + random() * 40) * 60_000);
          if (past(cancelled)) {
            actions.push({ kind: 'closed', at: cancelled, position: null, payload: { reason: random() < 0.5 ? 'cancelled' : 'duplicate' } });
            status = 'closed';
            closedAt = cancelled;
            closeReason = String(actions.at(-1)!.payload.reason);
            holding = [];
          }
        } else {
          const respond = at(exponential(RESPONSE_MEAN[priority] ?? 90), registeredAt);
          const work = Number(category.handling_minutes ?? 60) * (0.4 + random() * 2.4);
          let resolver = handler;
          let resolve = at(work, respond);
          if (past(respond)) {
            firstResponseAt = respond;
            status = 'inProgress';
            actions.push({ kind: 'started', at: respond, position: handler, payload: {} });
            // Late and still unresolved at the deadline: one step up the chart.
            if (resolutionDueAt !== null && resolve.getTime() > resolutionDueAt.getTime() && past(resolutionDueAt) && random() < 0.7) {
              const parent = parentOf.get(handler) ?? null;
              if (parent !== null) {
                escalationLevel = 1;
                actions.push({ kind: 'escalated', at: resolutionDueAt, position: null, payload: { toPositionIds: [String(parent)], level: 1 } });
                involvements.set(parent, resolutionDueAt);
                holding = [parent];
                resolver = parent;
                resolve = at(exponential(150), resolutionDueAt);
              }
            }
            if (past(resolve)) {
              resolvedAt = resolve;
              status = 'resolved';
              holding = [feedbackPosition];
              actions.push({ kind: 'resolved', at: resolve, position: resolver, payload: { resolution: 'انجام شد', byPositionId: String(resolver) } });
              const askedAt = at(120 + random() * 600, resolve);
              if (past(askedAt)) {
                if (random() < 0.14) {
                  actions.push({ kind: 'feedback', at: askedAt, position: feedbackPosition, payload: { response: { kind: 'noAnswer' } } });
                  actions.push({ kind: 'closed', at: askedAt, position: null, payload: { reason: 'noFeedback' } });
                  [status, closedAt, closeReason, holding] = ['closed', askedAt, 'noFeedback', []];
                } else {
                  const score = pick(SCORES);
                  actions.push({ kind: 'feedback', at: askedAt, position: feedbackPosition, payload: { response: { kind: 'answered', score, comment: null } } });
                  if (score <= 2) {
                    // Unsatisfied: back to work, resolved again, and asked again.
                    actions.push({ kind: 'reopened', at: askedAt, position: null, payload: { reason: 'نارضایتی درخواست‌کننده', toPositionIds: [String(resolver)] } });
                    [status, resolvedAt, holding] = ['inProgress', null, [resolver]];
                    const again = at(exponential(180), askedAt);
                    if (past(again)) {
                      resolvedAt = again;
                      [status, holding] = ['resolved', [feedbackPosition]];
                      actions.push({ kind: 'resolved', at: again, position: resolver, payload: { resolution: 'دوباره بررسی و رفع شد', byPositionId: String(resolver) } });
                      const askedAgain = at(120 + random() * 480, again);
                      if (past(askedAgain)) {
                        actions.push({ kind: 'feedback', at: askedAgain, position: feedbackPosition, payload: { response: { kind: 'answered', score: random() < 0.7 ? 4 : 5, comment: null } } });
                        actions.push({ kind: 'closed', at: askedAgain, position: null, payload: { reason: 'satisfied' } });
                        [status, closedAt, closeReason, holding] = ['closed', askedAgain, 'satisfied', []];
                      }
                    }
                  } else {
                    actions.push({ kind: 'closed', at: askedAt, position: null, payload: { reason: 'satisfied' } });
                    [status, closedAt, closeReason, holding] = ['closed', askedAt, 'satisfied', []];
                  }
                }
              }
            } else if (random() < 0.12) {
              postponedUntil = new Date(now.getTime() + (2 + random() * 10) * 86_400_000);
              status = 'postponed';
              const when = new Date(Math.min(now.getTime(), respond.getTime() + 3_600_000));
              actions.push({ kind: 'postponed', at: when, position: handler, payload: { until: postponedUntil.toISOString(), reason: 'در انتظار قطعه' } });
            }
          }
        }

        // The call during which an operator registered it.
        const registeredBy = channel === 'phone' || channel === 'voicemail' ? pick(operators) : channel === 'portal' ? (userOfPerson.get(Number(requester.id)) ?? null) : null;
        let callId: number | null = null;
        if (channel === 'phone' && registeredBy !== null) {
          const waitMs = Math.round((5 + exponential(35)) * 1000);
          const startedAt = new Date(registeredAt.getTime() - waitMs - 120_000);
          const talkMs = Math.round((90 + random() * 300) * 1000);
          callId = await insertCall(tx.sql, db.dialect, { startedAt, waitMs, talkMs, outcome: 'answered', operatorUserId: registeredBy, queueId: categoryCode.startsWith('TRN') ? 'training' : 'support' });
          await insertOffer(tx.sql, db.dialect, { callId, operatorUserId: registeredBy, queueId: 'support', offeredAt: new Date(startedAt.getTime() + waitMs - 6000), result: 'answered', ringMs: Math.round(2000 + random() * 8000) });
          summary.calls += 1;
        }

        trackingCode += 1 + Math.floor(random() * 40);
        const name = `${String(requester.first_name)} ${String(requester.last_name)}`;
        const subject = `${SUBJECTS[categoryCode.split('-')[0]!] ?? 'درخواست'} (${categoryCode})`;
        const [inserted] = await tx.sql.all<{ id: number }>(
          `INSERT INTO tickets (tracking_code, channel, request_type, priority_code, category_id, location_id, subject, description, search_text, requester_person_id, requester_name, requester_phone, status, contractor_id, escalation_level, registered_by_user_id, registered_at, updated_at, first_response_at, resolved_at, closed_at, close_reason, postponed_until, response_due_at, resolution_due_at, call_id, version)` +
            ` VALUES (${Array(27).fill('?').join(', ')})${db.dialect === 'mssql' ? '' : ' RETURNING id'}`,
          [
            String(trackingCode), channel, String(category.request_type), priority, categoryId, null, subject, subject, subject, Number(requester.id), name, null, status, contractorId, escalationLevel, registeredBy,
            sql(registeredAt), sql(actions.at(-1)!.at), sql(firstResponseAt), sql(resolvedAt), sql(closedAt), closeReason, sql(postponedUntil), sql(responseDueAt), sql(resolutionDueAt), callId, actions.length,
          ],
        );
        const ticketId = Number(inserted!.id);
        if (callId !== null) await tx.sql.all('UPDATE calls SET ticket_id = ? WHERE id = ?', [ticketId, callId]);
        for (const positionId of holding) await tx.sql.all('INSERT INTO ticket_assignments (ticket_id, position_id, since) VALUES (?, ?, ?)', [ticketId, positionId, sql(actions.at(-1)!.at)]);
        for (const [positionId, since] of involvements) await tx.sql.all('INSERT INTO ticket_involvements (ticket_id, position_id, since) VALUES (?, ?, ?)', [ticketId, positionId, sql(since)]);
        for (const action of actions) {
          const personId = action.position === null ? null : (holderOf.get(action.position) ?? (action.position === feedbackPosition ? feedbackAgent : null));
          const actor = action.position === null ? { kind: 'system' } : { kind: 'staff', personId: personId === null ? null : String(personId), positionId: String(action.position) };
          await tx.sql.all(
            'INSERT INTO ticket_actions (ticket_id, kind, at, actor_kind, actor_user_id, actor_person_id, actor_position_id, payload, visible_to_requester) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
            [ticketId, action.kind, sql(action.at), actor.kind, personId === null ? null : (userOfPerson.get(personId) ?? null), personId, action.position, JSON.stringify({ ...action.payload, actor }), true],
          );
        }
        summary.tickets += 1;
        if (status !== 'resolved' && status !== 'closed') summary.open += 1;
      }

      // Calls that did not become tickets: lost in the queue, sent to voicemail, or rung unanswered first.
      const lost = Math.round(tickets.length * 0.15);
      for (let index = 0; index < lost; index += 1) {
        const startedAt = new Date(spans[0]!.start + random() * workingMs);
        if (startedAt.getTime() > now.getTime()) continue;
        const voicemail = random() < 0.3;
        const waitMs = Math.round((voicemail ? 240 : 20 + exponential(60)) * 1000);
        const callId = await insertCall(tx.sql, db.dialect, { startedAt, waitMs, talkMs: null, outcome: voicemail ? 'voicemail' : 'abandoned', operatorUserId: null, queueId: 'support' });
        await insertOffer(tx.sql, db.dialect, { callId, operatorUserId: pick(operators), queueId: 'support', offeredAt: new Date(startedAt.getTime() + 3000), result: 'noAnswer', ringMs: 15_000 });
        summary.calls += 1;
      }
    });
  }
  return summary;
}

interface NewCall {
  readonly startedAt: Date;
  readonly waitMs: number;
  readonly talkMs: number | null;
  readonly outcome: string;
  readonly operatorUserId: number | null;
  readonly queueId: string;
}

let callSequence = 0;

/** A call row as the telephony process writes it (times bound as Dates). */
async function insertCall(sql: Database['read'], dialect: Database['dialect'], call: NewCall): Promise<number> {
  const answeredAt = call.outcome === 'answered' ? new Date(call.startedAt.getTime() + call.waitMs) : null;
  const endedAt = new Date(call.startedAt.getTime() + call.waitMs + (call.talkMs ?? 0));
  callSequence += 1;
  const [row] = await sql.all<{ id: number }>(
    `INSERT INTO calls (call_key, direction, purpose, queue_id, operator_user_id, started_at, enqueued_at, answered_at, ended_at, wait_ms, talk_ms, outcome) VALUES (${Array(12).fill('?').join(', ')})${dialect === 'mssql' ? '' : ' RETURNING id'}`,
    [`demo-${call.startedAt.getTime()}-${callSequence}`, 'inbound', 'service', call.queueId, call.operatorUserId, call.startedAt, call.startedAt, answeredAt, endedAt, call.waitMs, call.talkMs, call.outcome],
  );
  return Number(row!.id);
}

async function insertOffer(sql: Database['read'], dialect: Database['dialect'], offer: { callId: number; operatorUserId: number; queueId: string; offeredAt: Date; result: string; ringMs: number }): Promise<void> {
  void dialect;
  await sql.all('INSERT INTO call_offers (call_id, operator_user_id, queue_id, transfer, offered_at, ended_at, result, ring_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
    offer.callId,
    offer.operatorUserId,
    offer.queueId,
    false,
    offer.offeredAt,
    new Date(offer.offeredAt.getTime() + offer.ringMs),
    offer.result,
    offer.ringMs,
  ]);
}
