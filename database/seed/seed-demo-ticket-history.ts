import { addBusinessMinutes } from '../../core/calendar/add-business-minutes.js';
import { daySpans, localDayNumber } from '../../core/calendar/working-spans.js';
import { applyAction } from '../../core/tickets/apply-action.js';
import type { CloseReason } from '../../core/tickets/close-reason.js';
import { readModelOf, slaDueDates } from '../../core/tickets/persist-ticket-state.js';
import type { RequestType } from '../../core/tickets/request-type.js';
import type { TicketAction } from '../../core/tickets/ticket-action.js';
import type { TicketActor } from '../../core/tickets/ticket-actor.js';
import { holdingPositionIds } from '../../core/tickets/ticket-capacity.js';
import type { TicketChannel } from '../../core/tickets/ticket-channel.js';
import type { TicketPriority } from '../../core/tickets/ticket-priority.js';
import type { TicketState } from '../../core/tickets/ticket-state.js';
import { generateTrackingCode } from '../../core/tickets/tracking-code.js';
import type { Database, SqlExecutor } from '../database.js';
import { loadTicketPolicy } from '../repositories/tickets/load-ticket-policy.js';
import { SqlTicketRepository } from '../repositories/tickets/sql-ticket-repository.js';
import { insertRow } from '../telephony/insert-row.js';
import { mulberry32 } from './mulberry32.js';

/**
 * Weeks of finished history for the demo organization (seed-demo-organization.ts), so that the
 * reports have something to show on first start: tickets registered on working days over the
 * channels, routed as the demo routing rules route them, started, some escalated one level when
 * their deadline passed, resolved, surveyed (some unsatisfied and reworked, some unanswered) and
 * closed, each with its whole log as the ticket desk writes it (the same codec, read model, SLA
 * due dates, involvements); and the calls the operators answered, missed and lost.
 *
 * Only tickets that were closed by `now` are kept: they need no process instance, since nothing can
 * be done to a closed ticket. The tickets still open are registered through the use cases, with
 * live process instances (main/seed-demo-tickets.ts). Deterministic for a seed and `now`.
 */
export interface DemoTicketHistoryOptions {
  readonly now: Date;
  readonly weeks?: number;
  /** Tickets on a full working day, on average. */
  readonly ticketsPerDay?: number;
  readonly seed?: number;
}

export interface DemoTicketHistorySummary {
  readonly tickets: number;
  readonly calls: number;
}

type Row = Record<string, unknown>;

/** What people call about, and how often (weights); codes of demo-categories.ts. */
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

/** The position a category goes to, most specific prefix first (as demo-routing-rules.ts routes them). */
const ROUTES: ReadonlyArray<readonly [string, string]> = [
  ['SW-OA', 'SW-OA'], ['SW-FIN', 'SW-BIZ'], ['SW-HR', 'SW-BIZ'], ['SW-MAIL', 'SYS-SERVER'], ['SW-APPS', 'SYS-DESKTOP'],
  ['OS-LINUX', 'SYS-SERVER'], ['OS', 'SYS-DESKTOP'], ['HW-NET', 'NET-EXPERT'], ['HW-PHONE', 'NET-EXPERT'], ['HW', 'NET-HARDWARE'], ['TRN', 'TRN-TRAINER'],
];
const PROVINCIAL_IT: Readonly<Record<string, string>> = { 'PRV-ISF': 'NET-ISF', 'PRV-KHR': 'NET-KHR', 'PRV-AZE': 'NET-AZE', 'PRV-FRS': 'NET-FRS' };
const DESCRIPTIONS: Readonly<Record<string, readonly string[]>> = {
  HW: ['دستگاه کار نمی‌کند و چراغ خطا روشن است', 'از صبح مشکل دارد، لطفاً بررسی کنید', 'پس از جابه‌جایی اتاق دیگر کار نمی‌کند'],
  OS: ['رایانه بسیار کند شده است', 'هنگام ورود پیام خطا می‌دهد', 'پس از به‌روزرسانی مشکل پیش آمده است'],
  SW: ['سامانه خطا می‌دهد و کار انجام نمی‌شود', 'دسترسی به این بخش ندارم', 'گزارش درست نمایش داده نمی‌شود'],
  TRN: ['نحوه کار با این بخش را نمی‌دانم', 'لطفاً راهنمایی کنید', 'برای همکاران جدید آموزش لازم است'],
};
const RESOLUTIONS = ['بررسی و رفع شد', 'تنظیمات اصلاح شد', 'قطعه تعویض شد', 'راهنمایی تلفنی انجام شد', 'دسترسی داده شد'];
/** Business minutes to the first response, on average, by priority. */
const RESPONSE_MEAN: Readonly<Record<string, number>> = { critical: 12, high: 35, medium: 110, low: 200 };
const SCORES = [1, 2, 3, 3, 4, 4, 4, 5, 5, 5, 5, 5];
const CHANNELS: ReadonlyArray<readonly [TicketChannel, number]> = [['phone', 55], ['portal', 28], ['email', 8], ['voicemail', 5], ['internal', 4]];

interface Staff {
  readonly personId: number | null;
  readonly userId: number | null;
}

/** Seeds the history into a database that has the demo organization; see the comment above. */
export async function seedDemoTicketHistory(db: Database, options: DemoTicketHistoryOptions): Promise<DemoTicketHistorySummary> {
  const random = mulberry32(options.seed ?? 1405);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const weighted = <T>(items: ReadonlyArray<readonly [T, number]>): T => {
    let roll = random() * items.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [item, weight] of items) if ((roll -= weight) < 0) return item;
    return items[items.length - 1]![0];
  };
  const exponential = (mean: number) => -Math.log(1 - random()) * mean;

  const read = db.read;
  const [policy, positions, categories, units, people, holders, users] = await Promise.all([
    loadTicketPolicy(read),
    read.all<Row>('SELECT id, parent_id, code FROM positions'),
    read.all<Row>('SELECT id, code, request_type, default_priority_code, handling_minutes FROM categories'),
    read.all<Row>('SELECT id, code FROM org_units'),
    read.all<Row>('SELECT id, first_name, last_name, unit_id, location_id FROM people'),
    read.all<Row>('SELECT position_id, person_id FROM person_positions ORDER BY is_primary DESC, person_id'),
    read.all<Row>('SELECT id, username, person_id FROM users'),
  ]);
  const calendar = policy.calendar;
  const byCode = (rows: readonly Row[]) => new Map(rows.map((row) => [String(row.code), row]));
  const positionByCode = byCode(positions);
  const categoryByCode = byCode(categories);
  const unitCode = new Map(units.map((row) => [Number(row.id), String(row.code)]));
  const parentOf = new Map(positions.map((row) => [String(row.id), row.parent_id === null ? null : String(row.parent_id)]));
  const holderOf = new Map<string, number>();
  for (const row of holders) if (!holderOf.has(String(row.position_id))) holderOf.set(String(row.position_id), Number(row.person_id));
  const userOfPerson = new Map(users.filter((row) => row.person_id !== null).map((row) => [Number(row.person_id), Number(row.id)]));
  const userByName = new Map(users.map((row) => [String(row.username), row]));
  const contractorIdByCode = byCode(await read.all<Row>('SELECT id, code FROM contractors'));
  const positionId = (code: string) => String(positionByCode.get(code)?.id ?? '');
  const feedbackPosition = positionId('SD-FEEDBACK');
  const operatorPosition = positionId('SD-OPERATOR');
  const operators = ['operator', 'operator2'].map((name) => userByName.get(name)).filter((row): row is Row => row !== undefined);
  // Requesters: anyone outside IT.
  const requesters = people.filter((row) => row.unit_id !== null && !(unitCode.get(Number(row.unit_id)) ?? '').startsWith('IT'));
  if (requesters.length === 0 || operators.length === 0 || feedbackPosition === '' || operatorPosition === '') throw new Error('the demo organization is not seeded');

  const staffOf = (position: string): Staff => {
    const personId = holderOf.get(position) ?? null;
    return { personId, userId: personId === null ? null : (userOfPerson.get(personId) ?? null) };
  };
  const staffActor = (position: string): TicketActor => ({ kind: 'staff', personId: stringOrNull(staffOf(position).personId), positionId: position, userId: stringOrNull(staffOf(position).userId) });

  const now = options.now;
  const firstDay = localDayNumber(calendar, now.getTime()) - 7 * (options.weeks ?? 4);
  const lastDay = localDayNumber(calendar, now.getTime());
  const perDay = options.ticketsPerDay ?? 12;
  const past = (instant: Date) => instant.getTime() <= now.getTime();
  const at = (minutes: number, from: Date) => addBusinessMinutes(calendar, from, Math.max(1, Math.round(minutes)));
  const summary = { tickets: 0, calls: 0 };

  for (let day = firstDay; day <= lastDay; day += 1) {
    const spans = daySpans(calendar, day);
    const workingMs = spans.reduce((sum, span) => sum + span.end - span.start, 0);
    if (workingMs === 0) continue;
    const count = Math.round(((perDay * workingMs) / (480 * 60_000)) * (0.7 + random() * 0.6));
    const instants: Date[] = [];
    for (let index = 0; index < count; index += 1) {
      let offset = random() * workingMs;
      const span = spans.find((candidate) => (offset < candidate.end - candidate.start ? true : ((offset -= candidate.end - candidate.start), false)))!;
      instants.push(new Date(Math.floor(span.start + offset)));
    }
    instants.sort((a, b) => a.getTime() - b.getTime());

    await db.transaction(async (tx) => {
      const tickets = new SqlTicketRepository(tx.sql);
      for (const registeredAt of instants) {
        const categoryCode = weighted(CATEGORY_WEIGHTS);
        const category = categoryByCode.get(categoryCode);
        const requester = pick(requesters);
        const channel = weighted(CHANNELS);
        const operator = pick(operators);
        // Drawn whether or not the ticket is kept, so that one ticket's fate does not reshuffle the rest.
        const draws = Array.from({ length: 12 }, () => random());
        if (category === undefined || !past(registeredAt)) continue;
        const requesterUnit = unitCode.get(Number(requester.unit_id)) ?? '';
        const priority = String(category.default_priority_code ?? 'medium') as TicketPriority;
        const system = categoryCode.split('-')[0]!;
        const description = pick(DESCRIPTIONS[system] ?? ['درخواست']);

        // Who registered it: an operator on the phone, the requester on the portal, the mail gateway.
        const operatorUserId = Number(operator.id);
        const registeredBy: TicketActor =
          channel === 'portal'
            ? { kind: 'requester', personId: String(requester.id), userId: stringOrNull(userOfPerson.get(Number(requester.id)) ?? null) }
            : channel === 'phone' || channel === 'internal'
              ? { kind: 'staff', personId: stringOrNull(operator.person_id as number | null), positionId: operatorPosition, userId: String(operatorUserId) }
              : { kind: 'system' };

        // Where it goes: a contractor for printers in Isfahan, copiers and cabling; the provincial IT
        // expert for a province's hardware and operating systems; otherwise by category.
        const contractor = categoryCode.startsWith('HW-PRINTER') && requesterUnit === 'PRV-ISF' ? 'ZAYANDEH-PRINT' : categoryCode === 'HW-PRINTER-COPIER' ? 'NEGAR-COPY' : categoryCode === 'HW-NET-CABLING' ? 'ALBORZ-CABLING' : null;
        const contractorId = contractor === null ? undefined : contractorIdByCode.get(contractor)?.id;
        const target =
          contractorId !== undefined
            ? ({ kind: 'contractor', contractorId: String(contractorId) } as const)
            : {
                kind: 'positions' as const,
                positionIds: [
                  (system === 'HW' || system === 'OS') && !categoryCode.startsWith('HW-NET') && PROVINCIAL_IT[requesterUnit] !== undefined
                    ? positionId(PROVINCIAL_IT[requesterUnit]!)
                    : positionId(ROUTES.find(([prefix]) => categoryCode.startsWith(prefix))?.[1] ?? 'SD-OPERATOR'),
                ],
              };
        const handler = target.kind === 'positions' ? target.positionIds[0]! : (policy.contractorSupervisors.get(target.contractorId)?.[0] ?? positionId('NET-HEAD'));

        const history: TicketAction[] = [
          {
            kind: 'registered',
            at: registeredAt,
            actor: registeredBy,
            details: {
              trackingCode: '',
              channel,
              requestType: String(category.request_type) as RequestType,
              priority,
              categoryId: String(category.id),
              locationId: requester.location_id === null ? null : String(requester.location_id),
              subject: description,
              description,
              requester: { personId: String(requester.id), name: `${String(requester.first_name)} ${String(requester.last_name)}`, phoneNumber: null },
            },
          },
          { kind: 'routed', at: new Date(registeredAt.getTime() + 2_000), actor: { kind: 'system' }, target, ruleId: null },
        ];
        const registeredState = applyAction(null, history[0]!);
        const { resolutionDueAt } = slaDueDates(policy, registeredState, history.slice(0, 1), registeredAt);
        const closeAfterFeedback = (askedAt: Date, score: number | null) => {
          history.push({ kind: 'feedback', at: askedAt, actor: staffActor(feedbackPosition), response: score === null ? { kind: 'noAnswer' } : { kind: 'answered', score, comment: null } });
          history.push({ kind: 'closed', at: askedAt, actor: { kind: 'system' }, reason: (score === null ? 'noFeedback' : 'satisfied') satisfies CloseReason });
        };

        if (draws[0]! < 0.03) {
          // Withdrawn by the requester, or a duplicate of another request.
          history.push({ kind: 'closed', at: new Date(registeredAt.getTime() + (5 + draws[1]! * 40) * 60_000), actor: { kind: 'staff', personId: stringOrNull(operator.person_id as number | null), positionId: operatorPosition, userId: String(operatorUserId) }, reason: draws[2]! < 0.5 ? 'cancelled' : 'duplicate' });
        } else {
          const respond = at(-Math.log(1 - draws[3]!) * (RESPONSE_MEAN[priority] ?? 90), registeredAt);
          history.push({ kind: 'started', at: respond, actor: staffActor(handler) });
          let resolver = handler;
          let resolve = at(Number(category.handling_minutes ?? 60) * (0.4 + draws[4]! * 2.4), respond);
          // Late and still unresolved at the deadline: one step up the chart, as the escalation timer does.
          if (resolutionDueAt !== null && resolve.getTime() > resolutionDueAt.getTime() && draws[5]! < 0.7) {
            const parent = parentOf.get(handler) ?? null;
            if (parent !== null && resolutionDueAt.getTime() > respond.getTime()) {
              history.push({ kind: 'escalated', at: resolutionDueAt, actor: { kind: 'system' }, toPositionIds: [parent], level: 1 });
              resolver = parent;
              const restart = at(10 + draws[6]! * 60, resolutionDueAt);
              history.push({ kind: 'started', at: restart, actor: staffActor(parent) });
              resolve = at(exponential(150), restart);
            }
          }
          history.push({ kind: 'resolved', at: resolve, actor: staffActor(resolver), resolution: pick(RESOLUTIONS), byPositionId: resolver });
          const askedAt = at(60 + draws[7]! * 600, resolve);
          if (draws[8]! < 0.14) {
            closeAfterFeedback(askedAt, null);
          } else {
            const score = SCORES[Math.floor(draws[9]! * SCORES.length)]!;
            if (score > 2) {
              closeAfterFeedback(askedAt, score);
            } else {
              // Unsatisfied: back to the senior of whoever resolved it, resolved again, and asked again.
              const senior = parentOf.get(resolver) ?? resolver;
              history.push({ kind: 'feedback', at: askedAt, actor: staffActor(feedbackPosition), response: { kind: 'answered', score, comment: 'مشکل هنوز برطرف نشده است' } });
              history.push({ kind: 'reopened', at: askedAt, actor: staffActor(feedbackPosition), reason: 'نارضایتی درخواست‌کننده', toPositionIds: [senior] });
              const again = at(20 + exponential(180), askedAt);
              history.push({ kind: 'started', at: at(5, askedAt), actor: staffActor(senior) });
              history.push({ kind: 'resolved', at: again, actor: staffActor(senior), resolution: 'دوباره بررسی و رفع شد', byPositionId: senior });
              closeAfterFeedback(at(60 + draws[10]! * 480, again), draws[11]! < 0.7 ? 4 : 5);
            }
          }
        }
        // Only what was finished by now: an open ticket needs a live process instance.
        if (!history.every((action) => past(action.at))) continue;

        let callId: number | null = null;
        if (channel === 'phone') {
          const waitMs = Math.round((5 + exponential(35)) * 1000);
          const startedAt = new Date(registeredAt.getTime() - waitMs - 120_000);
          callId = await insertCall(tx.sql, { startedAt, waitMs, talkMs: Math.round((90 + random() * 300) * 1000), outcome: 'answered', operatorUserId, queueId: system === 'TRN' ? 'training' : 'support' });
          await insertOffer(tx.sql, { callId, operatorUserId, queueId: 'support', offeredAt: new Date(startedAt.getTime() + waitMs - 6000), result: 'answered', ringMs: Math.round(2000 + random() * 8000) });
          summary.calls += 1;
        }

        const ticketId = await insertTicket(tickets, history, callId, () => generateTrackingCode({ nextInt: (max) => Math.floor(random() * max) }, policy.settings.trackingCodeLength), (state, actions) => readModelOf(policy, state, actions, now));
        if (callId !== null) await tx.sql.all('UPDATE calls SET ticket_id = ? WHERE id = ?', [ticketId, callId]);
        // Every position that held it, from when it first did.
        let state: TicketState | null = null;
        const involved = new Set<string>();
        for (const action of history) {
          state = applyAction(state, action);
          const added = holdingPositionIds(state, policy.contractorSupervisors).filter((id) => !involved.has(id));
          if (added.length === 0) continue;
          added.forEach((id) => involved.add(id));
          await tickets.addInvolvements(ticketId, added, action.at);
        }
        summary.tickets += 1;
      }

      // Calls that did not become tickets: lost in the queue, sent to voicemail, or rung unanswered first.
      const lost = Math.round(instants.length * 0.15);
      for (let index = 0; index < lost; index += 1) {
        const startedAt = new Date(spans[0]!.start + random() * workingMs);
        const voicemail = random() < 0.3;
        const operatorUserId = Number(pick(operators).id);
        if (!past(startedAt)) continue;
        const waitMs = Math.round((voicemail ? 240 : 20 + exponential(60)) * 1000);
        const callId = await insertCall(tx.sql, { startedAt, waitMs, talkMs: null, outcome: voicemail ? 'voicemail' : 'abandoned', operatorUserId: null, queueId: 'support' });
        await insertOffer(tx.sql, { callId, operatorUserId, queueId: 'support', offeredAt: new Date(startedAt.getTime() + 3000), result: 'noAnswer', ringMs: 15_000 });
        summary.calls += 1;
      }
    });
  }
  return summary;
}

function stringOrNull(id: number | null | undefined): string | null {
  return id === null || id === undefined ? null : String(id);
}

/** The ticket with its log, as registration and every later action would have left it; a free tracking code drawn as registration draws one. */
async function insertTicket(
  tickets: SqlTicketRepository,
  drafted: readonly TicketAction[],
  callId: number | null,
  trackingCode: () => string,
  readModel: (state: TicketState, history: readonly TicketAction[]) => ReturnType<typeof readModelOf>,
): Promise<number> {
  const [registered, ...rest] = drafted;
  if (registered?.kind !== 'registered') throw new Error('a history starts with its registration');
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const history: TicketAction[] = [{ ...registered, details: { ...registered.details, trackingCode: trackingCode(), ...(callId === null ? {} : { callId: String(callId) }) } }, ...rest];
    const state = history.reduce<TicketState | null>(applyAction, null)!;
    const ticketId = await tickets.insert(readModel(state, history), registered.actor.kind === 'staff' || registered.actor.kind === 'requester' ? (registered.actor.userId ?? null) : null);
    if (ticketId === null) continue;
    for (const action of history) {
      const actorUserId = action.actor.kind === 'staff' || action.actor.kind === 'requester' ? (action.actor.userId ?? null) : null;
      await tickets.append(ticketId, action, { idempotencyKey: null, visibleToRequester: true, actorUserId });
    }
    return ticketId;
  }
  throw new Error('no free tracking code for a demo ticket');
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

/** A finished call as the telephony process leaves it. */
function insertCall(sql: SqlExecutor, call: NewCall): Promise<number> {
  callSequence += 1;
  return insertRow(sql, 'calls', {
    call_key: `demo-${call.startedAt.getTime()}-${callSequence}`,
    direction: 'inbound',
    purpose: 'service',
    queue_id: call.queueId,
    operator_user_id: call.operatorUserId,
    started_at: call.startedAt,
    enqueued_at: call.startedAt,
    answered_at: call.outcome === 'answered' ? new Date(call.startedAt.getTime() + call.waitMs) : null,
    ended_at: new Date(call.startedAt.getTime() + call.waitMs + (call.talkMs ?? 0)),
    wait_ms: call.waitMs,
    talk_ms: call.talkMs,
    outcome: call.outcome,
  });
}

/** A ring of an operator's phone for a call, and how it ended. */
async function insertOffer(sql: SqlExecutor, offer: { callId: number; operatorUserId: number; queueId: string; offeredAt: Date; result: string; ringMs: number }): Promise<void> {
  await insertRow(sql, 'call_offers', {
    call_id: offer.callId,
    operator_user_id: offer.operatorUserId,
    queue_id: offer.queueId,
    transfer: false,
    offered_at: offer.offeredAt,
    ended_at: new Date(offer.offeredAt.getTime() + offer.ringMs),
    result: offer.result,
    ring_ms: offer.ringMs,
  });
}
