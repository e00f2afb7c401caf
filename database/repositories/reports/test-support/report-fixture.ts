import argon2 from 'argon2';
import type { Database } from '../../../database.js';
import { modelsOf } from '../../../models/index.js';
import { tehran } from './tehran-time.js';

/**
 * A small organization with a known week of tickets and calls, for the reports' tests. Every number
 * the tests expect can be worked out by hand from the comments below (times on Tehran's clock; day
 * 0 is Saturday 3 January 2026, the range is days 0–6, "now" is day 7 at 10:00).
 *
 *   Units: Sepehr › IT › Network; Sepehr › Finance; Sepehr › HR
 *   Positions: IT director › network head › network expert; IT director › desk head › operators;
 *              IT director › software expert. The printer contractor is supervised by the network head.
 *   Catalogue: SW › OA › {OA reports (information), e-signature}; HW › Network › VPN;
 *              HW › Printers › Paper jam; TRN › Office › Excel (information).
 *
 * Users (password `<username>-password`): admin, auditor, director (supervisor of everything in IT),
 * netsuper (supervisor: network head and expert), netstaff, swstaff, operator1, operator2, requester.
 */
export interface ReportFixture {
  readonly units: { readonly org: number; readonly it: number; readonly network: number; readonly finance: number; readonly hr: number };
  readonly positions: { readonly director: number; readonly networkHead: number; readonly networkExpert: number; readonly deskHead: number; readonly operators: number; readonly softwareExpert: number };
  readonly people: Readonly<Record<'director' | 'netHead' | 'netExpert' | 'swExpert' | 'operator1' | 'operator2' | 'finA' | 'finB' | 'hrA', number>>;
  readonly users: Readonly<Record<FixtureUsername, number>>;
  readonly categories: Readonly<Record<'sw' | 'oa' | 'oaReport' | 'oaSign' | 'hw' | 'network' | 'vpn' | 'printers' | 'jam' | 'trn' | 'office' | 'excel', number>>;
  readonly contractorId: number;
  readonly tickets: Readonly<Record<`T${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10}`, number>>;
  /** The reports' range: days 0 to 6. */
  readonly from: Date;
  readonly to: Date;
  /** Day 7, 10:00. */
  readonly now: Date;
}

export type FixtureUsername = 'admin' | 'auditor' | 'director' | 'netsuper' | 'netstaff' | 'swstaff' | 'operator1' | 'operator2' | 'requester';

type PositionKey = keyof ReportFixture['positions'];
type PersonKey = keyof ReportFixture['people'];

interface ActionSpec {
  readonly kind: string;
  readonly at: Date;
  readonly position?: PositionKey;
  readonly person?: PersonKey;
  readonly payload?: Record<string, unknown>;
}

interface TicketSpec {
  readonly key: keyof ReportFixture['tickets'];
  readonly category: keyof ReportFixture['categories'];
  readonly requestType: string;
  readonly priority: string;
  readonly requester: PersonKey | null;
  readonly channel: string;
  readonly registeredAt: Date;
  readonly registeredBy?: FixtureUsername;
  readonly call?: string;
  readonly status: string;
  readonly contractor?: boolean;
  readonly escalationLevel?: number;
  readonly firstResponseAt?: Date;
  readonly resolvedAt?: Date;
  readonly closedAt?: Date;
  readonly closeReason?: string;
  readonly postponedUntil?: Date;
  readonly responseDueAt: Date;
  readonly resolutionDueAt: Date;
  readonly assigned?: readonly PositionKey[];
  /** Positions it reached, and when. */
  readonly involved: ReadonlyArray<readonly [PositionKey, Date]>;
  /** After `registered`, which is added. */
  readonly actions: readonly ActionSpec[];
}

const PERSON_NAMES: Readonly<Record<PersonKey, readonly [string, string, string]>> = {
  director: ['مهدی', 'نوروزی', 'Mehdi Norouzi'],
  netHead: ['کامران', 'یوسفی', 'Kamran Yousefi'],
  netExpert: ['علی', 'رضایی', 'Ali Rezaei'],
  swExpert: ['نیلوفر', 'صادقی', 'Niloufar Sadeghi'],
  operator1: ['زهرا', 'احمدی', 'Zahra Ahmadi'],
  operator2: ['رضا', 'قاسمی', 'Reza Ghasemi'],
  finA: ['مینا', 'اسدی', 'Mina Asadi'],
  finB: ['داوود', 'باقری', 'Davoud Bagheri'],
  hrA: ['پریسا', 'امینی', 'Parisa Amini'],
};

const feedback = (score: number | null) => ({ response: score === null ? { kind: 'noAnswer' } : { kind: 'answered', score, comment: null } });

/** The week, ticket by ticket; see the comments on ReportFixture for the time frame. */
function ticketSpecs(): TicketSpec[] {
  return [
    // Answered in 20 minutes and resolved in 2 business hours, both in time; satisfied (5), closed.
    { key: 'T1', category: 'vpn', requestType: 'incident', priority: 'high', requester: 'finA', channel: 'phone', registeredAt: tehran(0, 9), registeredBy: 'operator1', call: 'C1', status: 'closed',
      firstResponseAt: tehran(0, 9, 20), resolvedAt: tehran(0, 11), closedAt: tehran(1, 10), closeReason: 'satisfied', responseDueAt: tehran(0, 9, 30), resolutionDueAt: tehran(1, 9),
      involved: [['networkExpert', tehran(0, 9)]],
      actions: [
        { kind: 'routed', at: tehran(0, 9, 1) },
        { kind: 'started', at: tehran(0, 9, 20), position: 'networkExpert', person: 'netExpert' },
        { kind: 'resolved', at: tehran(0, 11), position: 'networkExpert', person: 'netExpert' },
        { kind: 'feedback', at: tehran(1, 10), payload: feedback(5) },
        { kind: 'closed', at: tehran(1, 10), payload: { reason: 'satisfied' } },
      ] },
    // Answered late (60 min against 30), escalated, resolved late by the network head, unsatisfied (2),
    // reopened, resolved again by the expert, satisfied (4), closed.
    { key: 'T2', category: 'vpn', requestType: 'incident', priority: 'critical', requester: 'hrA', channel: 'portal', registeredAt: tehran(0, 14), status: 'closed', escalationLevel: 1,
      firstResponseAt: tehran(0, 15), resolvedAt: tehran(2, 9), closedAt: tehran(2, 10), closeReason: 'satisfied', responseDueAt: tehran(0, 14, 30), resolutionDueAt: tehran(1, 10),
      involved: [['networkExpert', tehran(0, 14)], ['networkHead', tehran(1, 10, 30)]],
      actions: [
        { kind: 'routed', at: tehran(0, 14, 1) },
        { kind: 'started', at: tehran(0, 15), position: 'networkExpert', person: 'netExpert' },
        { kind: 'escalated', at: tehran(1, 10, 30), payload: { level: 1 } },
        { kind: 'resolved', at: tehran(1, 12), position: 'networkHead', person: 'netHead' },
        { kind: 'feedback', at: tehran(1, 13), payload: feedback(2) },
        { kind: 'reopened', at: tehran(1, 13, 5), payload: { reason: 'unsatisfied' } },
        { kind: 'resolved', at: tehran(2, 9), position: 'networkExpert', person: 'netExpert' },
        { kind: 'feedback', at: tehran(2, 10), payload: feedback(4) },
        { kind: 'closed', at: tehran(2, 10), payload: { reason: 'satisfied' } },
      ] },
    // With the printer contractor, never answered: overdue now.
    { key: 'T3', category: 'jam', requestType: 'incident', priority: 'medium', requester: 'finB', channel: 'phone', registeredAt: tehran(1, 10), registeredBy: 'operator1', status: 'routed', contractor: true,
      responseDueAt: tehran(1, 14), resolutionDueAt: tehran(3, 10), assigned: ['networkHead'], involved: [['networkHead', tehran(1, 10)]],
      actions: [{ kind: 'routed', at: tehran(1, 10, 1) }] },
    // A question, answered in 10 minutes and resolved in 30; no answer to the survey.
    { key: 'T4', category: 'oaReport', requestType: 'information', priority: 'low', requester: 'finA', channel: 'phone', registeredAt: tehran(2, 9), registeredBy: 'operator1', status: 'closed',
      firstResponseAt: tehran(2, 9, 10), resolvedAt: tehran(2, 9, 30), closedAt: tehran(3, 9, 30), closeReason: 'noFeedback', responseDueAt: tehran(2, 16), resolutionDueAt: tehran(4, 9),
      involved: [['softwareExpert', tehran(2, 9)]],
      actions: [
        { kind: 'routed', at: tehran(2, 9, 1) },
        { kind: 'started', at: tehran(2, 9, 10), position: 'softwareExpert', person: 'swExpert' },
        { kind: 'resolved', at: tehran(2, 9, 30), position: 'softwareExpert', person: 'swExpert' },
        { kind: 'feedback', at: tehran(3, 9, 30), payload: feedback(null) },
        { kind: 'closed', at: tehran(3, 9, 30), payload: { reason: 'noFeedback' } },
      ] },
    // A question in progress, within its deadlines.
    { key: 'T5', category: 'excel', requestType: 'information', priority: 'low', requester: 'hrA', channel: 'portal', registeredAt: tehran(2, 11), status: 'inProgress',
      firstResponseAt: tehran(2, 12), responseDueAt: tehran(2, 16), resolutionDueAt: tehran(17, 12), assigned: ['softwareExpert'], involved: [['softwareExpert', tehran(2, 11)]],
      actions: [
        { kind: 'routed', at: tehran(2, 11, 1) },
        { kind: 'started', at: tehran(2, 12), position: 'softwareExpert', person: 'swExpert' },
      ] },
    // A question, answered, then postponed: open, not overdue.
    { key: 'T6', category: 'oaReport', requestType: 'information', priority: 'low', requester: 'finB', channel: 'phone', registeredAt: tehran(3, 10), registeredBy: 'operator2', status: 'postponed',
      firstResponseAt: tehran(3, 10, 30), postponedUntil: tehran(12, 8), responseDueAt: tehran(3, 16), resolutionDueAt: tehran(13, 10), assigned: ['softwareExpert'], involved: [['softwareExpert', tehran(3, 10)]],
      actions: [
        { kind: 'routed', at: tehran(3, 10, 1) },
        { kind: 'started', at: tehran(3, 10, 30), position: 'softwareExpert', person: 'swExpert' },
        { kind: 'postponed', at: tehran(3, 11), position: 'softwareExpert', person: 'swExpert', payload: { until: tehran(12, 8).toISOString(), reason: 'قطعه' } },
      ] },
    // From outside the organization by e-mail, withdrawn within half an hour: no deadline owed.
    { key: 'T7', category: 'oaSign', requestType: 'incident', priority: 'high', requester: null, channel: 'email', registeredAt: tehran(4, 15), status: 'closed', closedAt: tehran(4, 15, 30), closeReason: 'cancelled',
      responseDueAt: tehran(5, 8, 30), resolutionDueAt: tehran(5, 12), involved: [['softwareExpert', tehran(4, 15)]],
      actions: [
        { kind: 'routed', at: tehran(4, 15, 1) },
        { kind: 'closed', at: tehran(4, 15, 30), payload: { reason: 'cancelled' } },
      ] },
    // Registered the Tuesday before (outside the range), resolved on day 0 after 1380 business minutes.
    { key: 'T8', category: 'vpn', requestType: 'incident', priority: 'medium', requester: 'finA', channel: 'phone', registeredAt: tehran(-4, 10), registeredBy: 'operator2', status: 'resolved',
      firstResponseAt: tehran(-4, 11), resolvedAt: tehran(0, 12), responseDueAt: tehran(-4, 14), resolutionDueAt: tehran(-3, 10), involved: [['networkExpert', tehran(-4, 10)]],
      actions: [
        { kind: 'routed', at: tehran(-4, 10, 1) },
        { kind: 'started', at: tehran(-4, 11), position: 'networkExpert', person: 'netExpert' },
        { kind: 'resolved', at: tehran(0, 12), position: 'networkExpert', person: 'netExpert' },
      ] },
    // With the contractor, registered during a call on Thursday and resolved by the network head in 3 business hours.
    { key: 'T9', category: 'jam', requestType: 'incident', priority: 'medium', requester: 'hrA', channel: 'phone', registeredAt: tehran(5, 9), registeredBy: 'operator2', call: 'C5', status: 'resolved', contractor: true,
      firstResponseAt: tehran(5, 9, 30), resolvedAt: tehran(5, 12), responseDueAt: tehran(5, 13), resolutionDueAt: tehran(7, 12), involved: [['networkHead', tehran(5, 9)]],
      actions: [
        { kind: 'routed', at: tehran(5, 9, 1) },
        { kind: 'started', at: tehran(5, 9, 30), position: 'networkHead', person: 'netHead' },
        { kind: 'resolved', at: tehran(5, 12), position: 'networkHead', person: 'netHead' },
      ] },
    // After the range.
    { key: 'T10', category: 'vpn', requestType: 'incident', priority: 'low', requester: 'finA', channel: 'phone', registeredAt: tehran(7, 9), registeredBy: 'operator1', status: 'routed',
      responseDueAt: tehran(7, 13), resolutionDueAt: tehran(9, 9), assigned: ['networkExpert'], involved: [['networkExpert', tehran(7, 9)]],
      actions: [{ kind: 'routed', at: tehran(7, 9, 1) }] },
  ];
}

interface CallSpec {
  readonly key: string;
  readonly queue: string;
  readonly startedAt: Date;
  readonly outcome: 'answered' | 'abandoned' | 'voicemail';
  readonly operator?: FixtureUsername;
  readonly waitSeconds: number;
  readonly talkSeconds?: number;
  readonly offers: ReadonlyArray<{ readonly operator: FixtureUsername; readonly result: string; readonly ringSeconds: number }>;
}

/** Calls of the week; C6 falls before the range. */
const CALLS: readonly CallSpec[] = [
  { key: 'C1', queue: 'support', startedAt: tehran(0, 8, 59), outcome: 'answered', operator: 'operator1', waitSeconds: 20, talkSeconds: 300, offers: [{ operator: 'operator2', result: 'noAnswer', ringSeconds: 15 }, { operator: 'operator1', result: 'answered', ringSeconds: 5 }] },
  { key: 'C2', queue: 'support', startedAt: tehran(1, 9), outcome: 'answered', operator: 'operator1', waitSeconds: 40, talkSeconds: 120, offers: [{ operator: 'operator1', result: 'answered', ringSeconds: 3 }] },
  { key: 'C3', queue: 'support', startedAt: tehran(2, 10), outcome: 'abandoned', waitSeconds: 60, offers: [{ operator: 'operator2', result: 'noAnswer', ringSeconds: 15 }] },
  { key: 'C4', queue: 'support', startedAt: tehran(3, 11), outcome: 'voicemail', waitSeconds: 300, offers: [] },
  { key: 'C5', queue: 'support', startedAt: tehran(5, 8, 55), outcome: 'answered', operator: 'operator2', waitSeconds: 10, talkSeconds: 200, offers: [{ operator: 'operator2', result: 'answered', ringSeconds: 4 }] },
  { key: 'C6', queue: 'support', startedAt: tehran(-2, 10), outcome: 'answered', operator: 'operator1', waitSeconds: 5, talkSeconds: 100, offers: [{ operator: 'operator1', result: 'answered', ringSeconds: 2 }] },
  { key: 'C7', queue: 'training', startedAt: tehran(4, 10), outcome: 'answered', operator: 'operator2', waitSeconds: 5, talkSeconds: 60, offers: [{ operator: 'operator2', result: 'answered', ringSeconds: 2 }] },
];

/** Cheap argon2id parameters: the tests sign in, they do not need strong hashes. */
const hash = (password: string) => argon2.hash(password, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 });

/** Inserts a row the way the telephony process does (a Date bound as the driver binds it) and returns its id. */
async function insertReturningId(db: Database, table: string, row: Record<string, unknown>): Promise<number> {
  const columns = Object.keys(row);
  const returning = db.dialect === 'mssql' ? '' : ' RETURNING id';
  const output = db.dialect === 'mssql' ? ' OUTPUT INSERTED.id' : '';
  const [inserted] = await db.transaction((tx) => tx.sql.all<{ id: number }>(`INSERT INTO ${table} (${columns.join(', ')})${output} VALUES (${columns.map(() => '?').join(', ')})${returning}`, Object.values(row)));
  return Number(inserted!.id);
}

export async function seedReportFixture(db: Database): Promise<ReportFixture> {
  const m = modelsOf(db);
  const created = new Date('2025-12-01T00:00:00Z');
  const stamps = { createdAt: created, updatedAt: created };
  const usernames: FixtureUsername[] = ['admin', 'auditor', 'director', 'netsuper', 'netstaff', 'swstaff', 'operator1', 'operator2', 'requester'];
  const hashes = await Promise.all(usernames.map((username) => hash(`${username}-password`)));

  const base = await db.transaction(async (tx) => {
    const options = { transaction: tx.transaction };
    const unit = async (nameFa: string, nameEn: string, parentId: number | null) => (await m.OrgUnit.create({ nameFa, nameEn, parentId, code: null, ...stamps }, options)).get().id;
    const org = await unit('سازمان سپهر', 'Sepehr', null);
    const it = await unit('فناوری اطلاعات', 'IT', org);
    const network = await unit('شبکه', 'Network', it);
    const finance = await unit('امور مالی', 'Finance', org);
    const hr = await unit('منابع انسانی', 'Human resources', org);

    const position = async (titleFa: string, titleEn: string, unitId: number, parentId: number | null) => (await m.Position.create({ unitId, parentId, titleFa, titleEn, code: null, ...stamps }, options)).get().id;
    const director = await position('مدیر فناوری اطلاعات', 'IT director', it, null);
    const networkHead = await position('رئیس شبکه', 'Network head', network, director);
    const networkExpert = await position('کارشناس شبکه', 'Network expert', network, networkHead);
    const deskHead = await position('رئیس مرکز پیام', 'Desk head', it, director);
    const operators = await position('اپراتور مرکز پیام', 'Operator', it, deskHead);
    const softwareExpert = await position('کارشناس نرم‌افزار', 'Software expert', it, director);
    const positions = { director, networkHead, networkExpert, deskHead, operators, softwareExpert };

    const personUnits: Record<PersonKey, number> = { director: it, netHead: network, netExpert: network, swExpert: it, operator1: it, operator2: it, finA: finance, finB: finance, hrA: hr };
    const personPositions: Partial<Record<PersonKey, number>> = { director, netHead: networkHead, netExpert: networkExpert, swExpert: softwareExpert, operator1: operators, operator2: operators };
    const people = {} as Record<PersonKey, number>;
    let code = 5000;
    for (const [key, [firstName, lastName, fullNameEn]] of Object.entries(PERSON_NAMES) as Array<[PersonKey, readonly [string, string, string]]>) {
      people[key] = (await m.Person.create({ personnelCode: String(code++), firstName, lastName, fullNameEn, unitId: personUnits[key], ...stamps }, options)).get().id;
      const held = personPositions[key];
      if (held !== undefined) await m.PersonPosition.create({ personId: people[key], positionId: held, isPrimary: true }, options);
    }

    const userPeople: Record<FixtureUsername, PersonKey | null> = { admin: null, auditor: null, director: 'director', netsuper: 'netHead', netstaff: 'netExpert', swstaff: 'swExpert', operator1: 'operator1', operator2: 'operator2', requester: 'finA' };
    const userRoles: Record<FixtureUsername, string[]> = {
      admin: ['admin'],
      auditor: ['auditor'],
      director: ['supervisor', 'staff'],
      netsuper: ['supervisor', 'staff'],
      netstaff: ['staff'],
      swstaff: ['staff'],
      operator1: ['operator', 'staff'],
      operator2: ['operator', 'staff'],
      requester: ['requester'],
    };
    const users = {} as Record<FixtureUsername, number>;
    for (const [index, username] of usernames.entries()) {
      const personKey = userPeople[username];
      const personId = personKey === null ? null : people[personKey];
      users[username] = (await m.User.create({ username, passwordHash: hashes[index]!, personId, displayName: personKey === null ? username : PERSON_NAMES[personKey].slice(0, 2).join(' '), language: 'fa', ...stamps }, options)).get().id;
      for (const role of userRoles[username]) await m.UserRole.create({ userId: users[username], role }, options);
    }

    const category = async (nameFa: string, nameEn: string, parentId: number | null, requestType = 'incident') => (await m.Category.create({ nameFa, nameEn, parentId, requestType, code: null, ...stamps }, options)).get().id;
    const sw = await category('نرم‌افزار', 'Software', null);
    const oa = await category('سامانه اتوماسیون اداری', 'Office automation', sw);
    const oaReport = await category('گزارش‌گیری', 'Reporting', oa, 'information');
    const oaSign = await category('امضای الکترونیک', 'Electronic signature', oa);
    const hw = await category('سخت‌افزار و شبکه', 'Hardware and network', null);
    const networkCategory = await category('شبکه، اینترنت و VPN', 'Network, internet and VPN', hw);
    const vpn = await category('اتصال VPN', 'VPN connection', networkCategory);
    const printers = await category('چاپگر و دستگاه کپی', 'Printers and copiers', hw);
    const jam = await category('گیر کردن کاغذ', 'Paper jam', printers);
    const trn = await category('آموزش', 'Training', null, 'information');
    const office = await category('آموزش آفیس', 'Office applications training', trn, 'information');
    const excel = await category('اکسل', 'Excel', office, 'information');
    const categories = { sw, oa, oaReport, oaSign, hw, network: networkCategory, vpn, printers, jam, trn, office, excel };

    for (const [rankOrder, code, nameFa, nameEn, color] of [
      [1, 'critical', 'بحرانی', 'Critical', '#c62828'],
      [2, 'high', 'بالا', 'High', '#ef6c00'],
      [3, 'medium', 'متوسط', 'Medium', '#f9a825'],
      [4, 'low', 'پایین', 'Low', '#2e7d32'],
    ] as const) {
      await m.Priority.create({ code, nameFa, nameEn, color, rankOrder, isDefault: code === 'medium', ...stamps }, options);
    }
    const contractorId = (await m.Contractor.create({ nameFa: 'فن‌آوران چاپ زاینده‌رود', nameEn: 'Zayandeh-Rud Print', code: null, phone: null, email: null, ...stamps }, options)).get().id;
    await m.ContractorSupervisor.create({ contractorId, positionId: networkHead }, options);
    return { units: { org, it, network, finance, hr }, positions, people, users, categories, contractorId };
  });

  const callIds = new Map<string, number>();
  for (const call of CALLS) {
    const answeredAt = call.outcome === 'answered' ? new Date(call.startedAt.getTime() + call.waitSeconds * 1000) : null;
    const endedAt = new Date(call.startedAt.getTime() + (call.waitSeconds + (call.talkSeconds ?? 0)) * 1000);
    const callId = await insertReturningId(db, 'calls', {
      call_key: `fixture-${call.key}`,
      direction: 'inbound',
      purpose: 'service',
      queue_id: call.queue,
      operator_user_id: call.operator === undefined ? null : base.users[call.operator],
      started_at: call.startedAt,
      enqueued_at: call.startedAt,
      answered_at: answeredAt,
      ended_at: endedAt,
      wait_ms: call.waitSeconds * 1000,
      talk_ms: call.talkSeconds === undefined ? null : call.talkSeconds * 1000,
      outcome: call.outcome,
    });
    callIds.set(call.key, callId);
    let offeredAt = call.startedAt.getTime() + 1000;
    for (const offer of call.offers) {
      await insertReturningId(db, 'call_offers', {
        call_id: callId,
        operator_user_id: base.users[offer.operator],
        queue_id: call.queue,
        transfer: false,
        offered_at: new Date(offeredAt),
        ended_at: new Date(offeredAt + offer.ringSeconds * 1000),
        result: offer.result,
        ring_ms: offer.ringSeconds * 1000,
      });
      offeredAt += offer.ringSeconds * 1000 + 1000;
    }
  }

  const tickets = {} as Record<keyof ReportFixture['tickets'], number>;
  await db.transaction(async (tx) => {
    const options = { transaction: tx.transaction };
    for (const [index, spec] of ticketSpecs().entries()) {
      const requesterName = spec.requester === null ? 'مهمان بیرونی' : PERSON_NAMES[spec.requester].slice(0, 2).join(' ');
      const id = (
        await m.Ticket.create(
          {
            trackingCode: String(7000100 + index),
            channel: spec.channel,
            requestType: spec.requestType,
            priorityCode: spec.priority,
            categoryId: base.categories[spec.category],
            locationId: null,
            subject: `درخواست ${spec.key}`,
            description: `درخواست ${spec.key}`,
            searchText: spec.key,
            requesterPersonId: spec.requester === null ? null : base.people[spec.requester],
            requesterName,
            requesterPhone: null,
            status: spec.status,
            contractorId: spec.contractor ? base.contractorId : null,
            escalationLevel: spec.escalationLevel ?? 0,
            registeredByUserId: spec.registeredBy === undefined ? null : base.users[spec.registeredBy],
            registeredAt: spec.registeredAt,
            updatedAt: spec.registeredAt,
            firstResponseAt: spec.firstResponseAt ?? null,
            resolvedAt: spec.resolvedAt ?? null,
            closedAt: spec.closedAt ?? null,
            closeReason: spec.closeReason ?? null,
            postponedUntil: spec.postponedUntil ?? null,
            responseDueAt: spec.responseDueAt,
            resolutionDueAt: spec.resolutionDueAt,
            processInstanceKey: null,
            callId: spec.call === undefined ? null : callIds.get(spec.call)!,
            version: 1,
          },
          options,
        )
      ).get().id;
      tickets[spec.key] = id;
      for (const positionKey of spec.assigned ?? []) await m.TicketAssignment.create({ ticketId: id, positionId: base.positions[positionKey], since: spec.registeredAt }, options);
      for (const [positionKey, since] of spec.involved) await m.TicketInvolvement.create({ ticketId: id, positionId: base.positions[positionKey], since }, options);
      const actions: ActionSpec[] = [{ kind: 'registered', at: spec.registeredAt }, ...spec.actions];
      for (const action of actions) {
        const positionId = action.position === undefined ? null : base.positions[action.position];
        const personId = action.person === undefined ? null : base.people[action.person];
        const actor = positionId === null ? { kind: 'system' } : { kind: 'staff', personId: String(personId), positionId: String(positionId) };
        const payload = action.kind === 'resolved' ? { resolution: 'انجام شد', byPositionId: positionId === null ? null : String(positionId), ...action.payload } : (action.payload ?? {});
        await m.TicketActionRecord.create(
          { ticketId: id, kind: action.kind, at: action.at, actorKind: actor.kind, actorPersonId: personId, actorPositionId: positionId, payload: JSON.stringify({ ...payload, actor }), visibleToRequester: true },
          options,
        );
      }
      if (spec.call !== undefined) await tx.sql.all('UPDATE calls SET ticket_id = ? WHERE id = ?', [id, callIds.get(spec.call)!]);
    }
  });
  return { ...base, tickets, from: tehran(0), to: tehran(7), now: tehran(7, 10) };
}
