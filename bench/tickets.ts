/**
 * npm run bench:tickets — the ticket desk at scale on SQLite: registration through the HTTP API
 * until the ticket is in the responsible cartable, and the cartable and search reads over a large
 * generated history. Prints progress on stderr, then one JSON object on the last line of stdout.
 *
 * What it does:
 * 1. A fresh SQLite file in a temporary directory: every migration, the demo organization
 *    (database/seed), then `tickets` generated tickets (default 1 000 000; `--tickets=N` or
 *    BENCH_TICKETS) written straight into the tables in large transactions, about 10 % of them open
 *    (most of those recent), each with its action log, cartable and involvements as core's own
 *    functions compute them (bench/tickets/generate-tickets.ts).
 * 2. The server as `npm start` runs it (main/all-in-one.ts: API, embedded engine, job workers) in
 *    a child process on that file; the benchmark signs in as the web app does (session cookie and
 *    the X-XSRF-TOKEN header echoed from the XSRF-TOKEN cookie).
 * 3. Registrations: the demo operator POSTs /api/tickets for demo requesters in categories whose
 *    routing rule sends the ticket to a position a demo login holds. A registration counts as done
 *    when that login's live event stream (GET /api/events, what the cartable screen listens to)
 *    delivers the ticket's `ticket.changed` event with action `routed` naming the position: the
 *    server sends it only after the ticket.route worker's transaction committed the ticket into
 *    that cartable. Latency is from sending the POST to that event.
 *    - registrationsPerSec: a closed loop of BENCH_CONCURRENCY (24) operators registering one
 *      ticket after the other for BENCH_SECONDS (60 s): the rate the desk sustains.
 *    - registrationP95Ms: an open loop at the target rate (200/s, BENCH_RATE) for BENCH_SECONDS, at
 *      most BENCH_CONCURRENCY in flight: the latency when the desk runs at that rate. (A closed loop
 *      cannot measure this: by Little's law its latency is concurrency ÷ throughput.) Starts that
 *      would exceed the in-flight cap are reported as `registrationsMissed` and fail the target.
 *      It starts once the server is idle again after the closed loop (at most 30 s), and logs its
 *      ten slowest registrations, where a stall of the server shows as a descending run.
 * 4. cartableP95Ms: one at a time, the holders of the busiest cartables open them as the web app
 *    does: GET /api/cartables/:positionId for the first page of a tab (new, in progress, postponed,
 *    overdue, resolved in turn; it carries every tab's count) and GET /api/cartables (the
 *    positions with their counts); the p95 over both kinds of request, each also reported.
 * 5. searchP95Ms: one at a time, GET /api/search?q=… with Persian words (bench/tickets/persian-text.ts,
 *    some typed with the Arabic ي and ك) by the operator, who may see every ticket, and by the
 *    holder of the busiest cartable, who sees the tickets their positions were involved in.
 *
 * Other settings: BENCH_OPEN_SHARE (0.1), BENCH_SAMPLES (300 cartable and search requests each),
 * BENCH_KEEP=1 keeps the temporary directory, BENCH_DATABASE=<its file> measures it again without
 * generating (copy its `-search` file, the search index, along with it), BENCH_SERVER_LOG=<file> gets the server's output (BENCH_LOG_LEVEL, default warn). Generated tickets have no process instance: they are read, not acted on.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { DEMO_USERS } from '../database/seed/demo-users.js';
import { ApiClient } from '../web/api/test-support/api-client.js';
import { openDatabase } from '../database/open-database.js';
import { generateTickets, type GenerationSummary } from './tickets/generate-tickets.js';
import { closedLoop, openLoop, percentile, round1, round2, timedRuns } from './tickets/latency.js';
import { SEARCH_QUERIES, ticketText } from './tickets/persian-text.js';
import { prepareDatabase } from './tickets/prepare-database.js';
import { loadReferenceData, type ReferenceData } from './tickets/reference-data.js';
import { routerFor } from './tickets/route-for.js';
import { RoutedEvents } from './tickets/routed-events.js';
import { startServer } from './tickets/start-server.js';

const argument = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const setting = (name: string, env: string, fallback: number) => Number(argument(name) ?? process.env[env] ?? fallback);
const ticketCount = setting('tickets', 'BENCH_TICKETS', 1_000_000);
const openShare = setting('open-share', 'BENCH_OPEN_SHARE', 0.1);
const seconds = setting('seconds', 'BENCH_SECONDS', 60);
const concurrency = setting('concurrency', 'BENCH_CONCURRENCY', 24);
const targetRate = setting('rate', 'BENCH_RATE', 200);
const samples = setting('samples', 'BENCH_SAMPLES', 300);
const targets = { registrationsPerSec: 200, registrationP95Ms: 30, cartableP95Ms: 50, searchP95Ms: 150 };

const log = (message: string) => console.error(`[bench:tickets] ${message}`);
const load = () => execSync('uptime', { encoding: 'utf8' }).trim().replace(/^.*load average:\s*/, '');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pishkhan-bench-tickets-'));
// BENCH_DATABASE: a database kept by an earlier run (BENCH_KEEP=1), to measure again without
// generating again; it holds that run's registrations too, and the JSON says it was reused.
const reused = process.env.BENCH_DATABASE;
const file = reused ?? path.join(dir, 'tickets.sqlite');

let reference: ReferenceData;
let generated: GenerationSummary;
let generationCpuSeconds = 0;
if (reused === undefined) {
  log(`preparing ${file}: migrations and the demo organization`);
  reference = await prepareDatabase(file);
  log(`generating ${ticketCount} tickets (${Math.round(openShare * 100)} % open)…`);
  const generationCpu = process.cpuUsage();
  generated = generateTickets(file, reference, { count: ticketCount, openShare, now: new Date(), days: 730, seed: 1405, progress: log });
  generationCpuSeconds = ((usage) => (usage.user + usage.system) / 1e6)(process.cpuUsage(generationCpu));
  log(`generated ${generated.tickets} tickets, ${generated.open} open, ${generated.actions} actions in ${generated.seconds.toFixed(0)} s (${generationCpuSeconds.toFixed(0)} s of CPU)`);
} else {
  const db = await openDatabase({ url: `sqlite:${reused}`, poolMax: 1 });
  reference = await loadReferenceData(db);
  const [row] = await db.read.all<{ tickets: number; open: number; resolved: number }>(
    "SELECT COUNT(*) AS tickets, SUM(CASE WHEN status NOT IN ('resolved', 'closed') THEN 1 ELSE 0 END) AS open, SUM(CASE WHEN status = 'resolved' THEN 1 ELSE 0 END) AS resolved FROM tickets",
  );
  await db.close();
  generated = { tickets: Number(row?.tickets), open: Number(row?.open), resolved: Number(row?.resolved), actions: Number.NaN, seconds: 0 };
  log(`reusing ${reused}: ${generated.tickets} tickets, ${generated.open} open`);
}

// The busiest cartables that a demo login holds, for the cartable and search phases.
const holderOf = new Map<string, string>();
for (const [username, positionIds] of reference.loginPositions) for (const positionId of positionIds) if (!holderOf.has(positionId)) holderOf.set(positionId, username);
const sqlite = new BetterSqlite3(file, { readonly: true });
const busiest = sqlite
  .prepare<[], { position_id: number; n: number }>('SELECT position_id, COUNT(*) AS n FROM ticket_assignments GROUP BY position_id ORDER BY n DESC')
  .all()
  .filter((row) => holderOf.has(String(row.position_id)))
  .slice(0, 3)
  .map((row) => ({ positionId: row.position_id, size: row.n, username: holderOf.get(String(row.position_id))! }));
sqlite.close();
log(`busiest cartables: ${busiest.map((cartable) => `${cartable.username}/${cartable.positionId} (${cartable.size})`).join(', ')}`);

const server = await startServer(file, dir, log);
const streams = new Map<number, RoutedEvents>();
const passwordOf = new Map(DEMO_USERS.map((user) => [user.username, user.password]));
const signIn = (username: string) => new ApiClient(server.url, 'fa').login(username, passwordOf.get(username)!);

try {
  // What the operator registers: requesters and categories whose ticket goes to a position a demo login holds.
  const route = routerFor(reference);
  const candidates = reference.categories.flatMap((category) =>
    reference.requesters.flatMap((requester) => {
      const decision = route(category.id, requester.locationId);
      if (decision.target.kind !== 'positions') return [];
      const positionId = decision.target.positionIds.find((id) => holderOf.has(id));
      return positionId === undefined ? [] : [{ category, requester, positionId: Number(positionId), username: holderOf.get(positionId)! }];
    }),
  );
  const operator = await signIn('operator');
  for (const positionId of new Set(candidates.map((candidate) => candidate.positionId))) {
    const username = holderOf.get(String(positionId))!;
    streams.set(positionId, await RoutedEvents.open(await signIn(username), positionId));
  }
  let seed = 7;
  const random = () => ((seed = (seed * 48271) % 2147483647) - 1) / 2147483646;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const register = async () => {
    const { category, requester, positionId } = pick(candidates);
    const text = ticketText(pick, category, requester);
    const answer = await operator.post<{ ticketId: number }>('/api/tickets', { requester: { personId: Number(requester.personId) }, channel: 'phone', categoryId: Number(category.id), description: text.description });
    if (answer.status !== 201) throw new Error(`registration answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    await streams.get(positionId)!.routedAt(answer.body.ticketId);
  };

  // Between phases, until the server has finished what the last one left queued (SMS, SLA planning,
  // the checkpoint of the WAL): the open loop measures latency at the target rate, not the recovery
  // from the closed loop's overload.
  const settle = async () => {
    const started = performance.now();
    let before = server.cpuMs();
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const used = server.cpuMs() - before;
      before += used;
      if (used < 50 || performance.now() - started > 30_000) break;
    }
    log(`settled in ${((performance.now() - started) / 1000).toFixed(1)} s (load ${load()})`);
  };
  log(`registrations: warm-up, then ${seconds} s closed loop at ${concurrency} in flight (load ${load()})`);
  await timedRuns(300, 8, register);
  let cpuBefore = server.cpuMs();
  const closedMainBefore = server.mainThreadCpuMs();
  const capacity = await closedLoop(seconds, concurrency, register);
  const cpuPerRegistration = (server.cpuMs() - cpuBefore) / capacity.durations.length;
  const closedMainPerRegistration = (server.mainThreadCpuMs() - closedMainBefore) / capacity.durations.length;
  const registrationsPerSec = capacity.durations.length / (capacity.elapsedMs / 1000);
  log(`closed loop: ${capacity.durations.length} registrations, ${registrationsPerSec.toFixed(0)}/s, p95 ${percentile(capacity.durations, 95).toFixed(1)} ms, server CPU ${cpuPerRegistration.toFixed(2)} ms each (main thread ${closedMainPerRegistration.toFixed(2)}) (load ${load()})`);
  await settle();
  const mainThreadBefore = server.mainThreadCpuMs();
  const pacedStarted = performance.now();
  const paced = await openLoop(seconds, targetRate, concurrency, register);
  const mainThreadMs = server.mainThreadCpuMs() - mainThreadBefore;
  const mainThreadCpuPerRegistration = mainThreadMs / paced.durations.length;
  const mainThreadBusy = mainThreadMs / (performance.now() - pacedStarted);
  const registrationP95Ms = percentile(paced.durations, 95);
  log(`open loop, slowest ten: ${[...paced.durations].sort((a, b) => b - a).slice(0, 10).map((ms) => `${ms.toFixed(0)} ms`).join(", ")}`);
  log(`open loop at ${targetRate}/s: ${paced.durations.length} registrations, p50 ${percentile(paced.durations, 50).toFixed(1)} ms, p95 ${registrationP95Ms.toFixed(1)} ms, ${paced.missed} missed, server main thread ${mainThreadCpuPerRegistration.toFixed(2)} ms each, ${(mainThreadBusy * 100).toFixed(0)} % busy (load ${load()})`);
  for (const stream of streams.values()) stream.close();

  const tabs = ['new', 'inProgress', 'postponed', 'overdue', 'resolved'] as const;
  const holders = new Map<string, ApiClient>();
  for (const cartable of busiest) if (!holders.has(cartable.username)) holders.set(cartable.username, await signIn(cartable.username));
  const get = async (client: ApiClient, pathname: string) => {
    const answer = await client.get(pathname);
    if (answer.status !== 200) throw new Error(`GET ${pathname} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  };
  const pageDurations: number[] = [];
  const listDurations: number[] = [];
  const openCartable = async (index: number) => {
    const cartable = busiest[index % busiest.length]!;
    const client = holders.get(cartable.username)!;
    let started = performance.now();
    await get(client, `/api/cartables/${cartable.positionId}?tab=${tabs[Math.floor(index / busiest.length) % tabs.length]}`);
    pageDurations.push(performance.now() - started);
    started = performance.now();
    await get(client, '/api/cartables');
    listDurations.push(performance.now() - started);
  };
  log(`cartables: ${samples} openings of ${busiest.length} cartables (load ${load()})`);
  await timedRuns(20, 1, openCartable);
  pageDurations.length = 0;
  listDurations.length = 0;
  cpuBefore = server.cpuMs();
  await timedRuns(samples, 1, openCartable);
  const cpuPerCartable = (server.cpuMs() - cpuBefore) / samples;
  const cartableP95Ms = percentile([...pageDurations, ...listDurations], 95);
  log(`cartable page p95 ${percentile(pageDurations, 95).toFixed(1)} ms, cartable list p95 ${percentile(listDurations, 95).toFixed(1)} ms, server CPU ${cpuPerCartable.toFixed(2)} ms per opening (load ${load()})`);

  const searchers = [operator, holders.get(busiest[0]!.username)!];
  const bySearcher: number[][] = [[], []];
  const search = async (index: number) => {
    const who = index % searchers.length;
    const query = SEARCH_QUERIES[Math.floor(index / searchers.length) % SEARCH_QUERIES.length]!;
    const started = performance.now();
    await get(searchers[who]!, `/api/search?q=${encodeURIComponent(query)}`);
    bySearcher[who]!.push(performance.now() - started);
  };
  log(`search: ${samples} queries (load ${load()})`);
  await timedRuns(SEARCH_QUERIES.length * 2, 1, search);
  bySearcher.forEach((durations) => (durations.length = 0));
  cpuBefore = server.cpuMs();
  await timedRuns(samples, 1, search);
  const cpuPerSearch = (server.cpuMs() - cpuBefore) / samples;
  const searchP95Ms = percentile(bySearcher.flat(), 95);
  log(`search p95: operator ${percentile(bySearcher[0]!, 95).toFixed(1)} ms, staff ${percentile(bySearcher[1]!, 95).toFixed(1)} ms, server CPU ${cpuPerSearch.toFixed(2)} ms each (load ${load()})`);

  const result = {
    tickets: generated.tickets,
    ...(reused === undefined ? {} : { reusedDatabase: reused }),
    openTickets: generated.open,
    generationSeconds: round1(generated.seconds),
    generationCpuSeconds: round1(generationCpuSeconds),
    registrationsPerSec: Math.round(registrationsPerSec),
    registrationP95Ms: round1(registrationP95Ms),
    registrationsMissed: paced.missed,
    cartableP95Ms: round1(cartableP95Ms),
    cartablePageP95Ms: round1(percentile(pageDurations, 95)),
    cartableListP95Ms: round1(percentile(listDurations, 95)),
    busiestCartable: busiest[0]?.size ?? 0,
    searchP95Ms: round1(searchP95Ms),
    searchAllTicketsP95Ms: round1(percentile(bySearcher[0]!, 95)),
    searchStaffP95Ms: round1(percentile(bySearcher[1]!, 95)),
    // Server CPU time per operation: what the numbers above would be on an idle machine, roughly.
    serverCpuMsPerRegistration: round1(cpuPerRegistration),
    // The server's main thread (it serves the API and runs the engine: where latency queues) in the
    // open loop: its CPU time per registration, and the share of the loop's time it was busy.
    serverMainThreadCpuMsPerRegistration: round2(mainThreadCpuPerRegistration),
    serverMainThreadBusyShare: round2(mainThreadBusy),
    serverCpuMsPerCartableOpening: round1(cpuPerCartable),
    serverCpuMsPerSearch: round1(cpuPerSearch),
    targets,
    met: {
      registrationsPerSec: registrationsPerSec >= targets.registrationsPerSec,
      registrationP95Ms: registrationP95Ms <= targets.registrationP95Ms && paced.missed === 0,
      cartableP95Ms: cartableP95Ms <= targets.cartableP95Ms,
      searchP95Ms: searchP95Ms <= targets.searchP95Ms,
    },
    load: load(),
    cpus: os.cpus().length,
  };
  await server.stop();
  if (process.env.BENCH_KEEP !== '1') fs.rmSync(dir, { recursive: true, force: true });
  else log(`kept ${dir}`);
  console.log(JSON.stringify(result));
} catch (error) {
  for (const stream of streams.values()) stream.close();
  await server.stop();
  throw error;
}
