import type { Principal } from '../core/access/principal.js';
import { addBusinessMinutes } from '../core/calendar/add-business-minutes.js';
import type { BusinessCalendar } from '../core/calendar/business-calendar.js';
import type { DomainEventSink } from '../core/events/domain-events.js';
import type { RandomSource } from '../core/random/random-source.js';
import type { Clock } from '../core/time/clock.js';
import { registerTicket } from '../core/tickets/register-ticket.js';
import { referTicket } from '../core/tickets/refer-ticket.js';
import { resolveTicket } from '../core/tickets/resolve-ticket.js';
import { startTicket } from '../core/tickets/start-ticket.js';
import type { TicketChannel } from '../core/tickets/ticket-channel.js';
import type { TicketDeps } from '../core/tickets/ticket-deps.js';
import type { Database } from '../database/database.js';
import { loadTicketPolicy } from '../database/repositories/tickets/load-ticket-policy.js';
import { seedDemoTicketHistory } from '../database/seed/seed-demo-ticket-history.js';
import type { ProcessEngine } from '../engine/process-engine.js';
import { createTicketStore } from '../engine/workflows/create-ticket-store.js';
import { buildUserPrincipal } from '../web/api/auth/build-principal.js';

/** One open ticket of the demo: who asks, about what, how it came in, and how far it has got. */
interface DemoOpenTicket {
  /** Personnel code of the requester (database/seed/demo-people.ts). */
  readonly requester: string;
  readonly category: string;
  readonly channel: TicketChannel;
  readonly description: string;
  /** The demo login that starts it, and optionally resolves it (so that it waits for feedback). */
  readonly startedBy?: string;
  readonly resolution?: string;
  /** Sent on by whoever starts it (`startedBy`) to a position, by code, with a note. */
  readonly referredTo?: { readonly position: string; readonly note: string };
  /** Registered this many business minutes ago, so that it is already past its response deadline. */
  readonly businessMinutesAgo?: number;
}

/** Work waiting in the demo staff's cartables (README.md, "Demo logins"). */
const OPEN_TICKETS: readonly DemoOpenTicket[] = [
  { requester: '100033', category: 'HW-NET-VPN', channel: 'phone', description: 'از منزل به VPN وصل نمی‌شوم و پیام خطای احراز هویت می‌دهد', startedBy: 'staff' },
  { requester: '100035', category: 'HW-NET-WIFI', channel: 'phone', description: 'شبکه بی‌سیم طبقه چهارم از ظهر قطع و وصل می‌شود', businessMinutesAgo: 300 },
  { requester: '100037', category: 'HW-NET-INTERNET', channel: 'portal', description: 'اینترنت اتاق تدارکات بسیار کند است و صفحات باز نمی‌شوند' },
  { requester: '100034', category: 'HW-PHONE-SET', channel: 'phone', description: 'گوشی تلفن داخلی بوق آزاد ندارد', businessMinutesAgo: 320 },
  { requester: '100036', category: 'OS-WIN-LOGIN', channel: 'phone', description: 'پس از تغییر رمز عبور نمی‌توانم وارد ویندوز شوم' },
  { requester: '100032', category: 'SW-OA-SIGN', channel: 'phone', description: 'هنگام امضای نامه در اتوماسیون پیام «توکن یافت نشد» می‌آید' },
  { requester: '100033', category: 'SW-FIN-PAYROLL', channel: 'portal', description: 'فیش حقوقی این ماه در سامانه حقوق نمایش داده نمی‌شود' },
  { requester: '100038', category: 'HW-PRINTER-JAM', channel: 'phone', description: 'چاپگر انبار کاغذ را گیر می‌اندازد', startedBy: 'hardware', resolution: 'غلتک کاغذ تمیز و تنظیم شد' },
  { requester: '100035', category: 'SW-MAIL-SEND', channel: 'email', description: 'نامه‌هایی که به بیرون از سازمان می‌فرستم برمی‌گردند', startedBy: 'servers', resolution: 'تنظیمات فرستنده اصلاح شد' },
  { requester: '100036', category: 'TRN-OFFICE-EXCEL', channel: 'portal', description: 'برای تهیه گزارش مرخصی‌ها به آموزش جدول محوری در اکسل نیاز دارم' },
  { requester: '100039', category: 'OS-WIN-SLOW', channel: 'phone', description: 'رایانه دفتر اصفهان هنگام روشن شدن بیش از ده دقیقه طول می‌کشد', businessMinutesAgo: 280 },
  {
    requester: '100032',
    category: 'HW-NET-LAN',
    channel: 'phone',
    description: 'رایانه به شبکه وصل است ولی یکی از سامانه‌ها باز نمی‌شود',
    startedBy: 'staff',
    referredTo: { position: 'SD-OPERATOR', note: 'مشکل از شبکه نیست؛ لطفاً با درخواست‌کننده تماس بگیرید و سامانه را مشخص کنید' },
  },
  { requester: '100037', category: 'SW-APPS-OFFICE', channel: 'phone', description: 'ورد هنگام باز کردن فایل‌های قدیمی بسته می‌شود', startedBy: 'desktop' },
];

export interface DemoTicketsSummary {
  readonly historical: number;
  readonly calls: number;
  readonly open: number;
}

export interface DemoTicketsDeps {
  readonly db: Database;
  readonly engine: ProcessEngine;
  readonly clock: Clock;
  readonly random: RandomSource;
  readonly events: DomainEventSink;
  /** How long to wait for the processes to route the new tickets. */
  readonly routeTimeoutMs?: number;
}

type Row = Record<string, unknown>;

/**
 * The demo's tickets, once the engine and its workers run: a few weeks of finished history written
 * as rows (for the reports and the audit), and open tickets registered, started and resolved
 * through the ticket use cases, each with its live process instance, so that the demo staff have
 * work to act on. Does nothing on a database that already has tickets.
 */
export async function seedDemoTickets(deps: DemoTicketsDeps): Promise<DemoTicketsSummary | null> {
  const { db } = deps;
  const [{ count }] = (await db.read.all<Row>('SELECT COUNT(*) AS count FROM tickets')) as [Row];
  if (Number(count) > 0) return null;
  const history = await seedDemoTicketHistory(db, { now: deps.clock.now() });

  const tickets: TicketDeps = { store: createTicketStore(db, deps.engine, { policyTtlMs: 0 }), clock: deps.clock, random: deps.random, events: deps.events };
  const principals = new Map<string, Principal>();
  const principalOf = async (username: string): Promise<Principal> => {
    const known = principals.get(username);
    if (known) return known;
    const [user] = await db.read.all<Row>('SELECT id, person_id FROM users WHERE username = ?', [username]);
    if (!user) throw new Error(`the demo login ${username} is missing`);
    const principal = await buildUserPrincipal(db, { id: Number(user.id), personId: user.person_id === null ? null : Number(user.person_id), language: 'fa' });
    principals.set(username, principal);
    return principal;
  };
  const idsOf = async (table: string, column: string) => new Map((await db.read.all<Row>(`SELECT id, ${column} AS code FROM ${table}`)).map((row) => [String(row.code), String(row.id)]));
  const people = await idsOf('people', 'personnel_code');
  const categories = await idsOf('categories', 'code');
  const [requesterUser] = await db.read.all<Row>('SELECT person_id FROM users WHERE username = ?', ['requester']);
  const { calendar } = await loadTicketPolicy(db.read);

  const registered: Array<{ ticketId: number; plan: DemoOpenTicket }> = [];
  for (const plan of OPEN_TICKETS) {
    const personId = people.get(plan.requester);
    const categoryId = categories.get(plan.category);
    if (personId === undefined || categoryId === undefined) throw new Error(`the demo organization has no ${plan.requester} or ${plan.category}`);
    // The requester's own portal requests come from her login; the rest from the operator on the phone.
    const viaPortal = plan.channel === 'portal' && String(requesterUser?.person_id) === personId;
    const actor = await principalOf(viaPortal ? 'requester' : 'operator');
    const at = plan.businessMinutesAgo === undefined ? deps.clock.now() : businessMinutesBefore(calendar, deps.clock.now(), plan.businessMinutesAgo);
    const { ticketId } = await registerTicket({ ...tickets, clock: { now: () => at } }, { requester: { personId }, channel: viaPortal ? 'portal' : plan.channel === 'portal' ? 'phone' : plan.channel, categoryId, description: plan.description, actor });
    registered.push({ ticketId, plan });
  }

  await waitUntilRouted(db, registered.map((entry) => entry.ticketId), deps.routeTimeoutMs ?? 30_000);
  for (const { ticketId, plan } of registered) {
    if (plan.startedBy === undefined) continue;
    const actor = await principalOf(plan.startedBy);
    await retryWhileTaskPending(() => startTicket(tickets, { ticketId, actor }));
    if (plan.resolution !== undefined) await retryWhileTaskPending(() => resolveTicket(tickets, { ticketId, actor, resolution: plan.resolution! }));
    const referral = plan.referredTo;
    if (referral !== undefined) {
      const [position] = await db.read.all<Row>('SELECT id FROM positions WHERE code = ?', [referral.position]);
      if (!position) throw new Error(`the demo organization has no position ${referral.position}`);
      await retryWhileTaskPending(() => referTicket(tickets, { ticketId, actor, toPositionIds: [String(position.id)], note: referral.note }));
    }
  }
  return { historical: history.tickets, calls: history.calls, open: registered.length };
}

/** The latest instant, on a quarter hour, that lies `minutes` business minutes before `now`. */
function businessMinutesBefore(calendar: BusinessCalendar, now: Date, minutes: number): Date {
  const step = 15 * 60_000;
  let at = new Date(Math.floor(now.getTime() / step) * step);
  while (addBusinessMinutes(calendar, at, minutes).getTime() > now.getTime()) at = new Date(at.getTime() - step);
  return at;
}

/** The route job runs in the background after registration; cartables fill once it has. */
async function waitUntilRouted(db: Database, ticketIds: readonly number[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const placeholders = ticketIds.map(() => '?').join(', ');
  for (;;) {
    const [row] = await db.read.all<Row>(`SELECT COUNT(*) AS count FROM tickets WHERE status = 'registered' AND id IN (${placeholders})`, [...ticketIds]);
    if (Number(row?.count) === 0) return;
    if (Date.now() > deadline) throw new Error(`the demo tickets were not routed within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The handling task follows the routing in the engine; an action a moment too early is tried again. */
async function retryWhileTaskPending<T>(action: () => Promise<T>, attempts = 40): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await action();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
