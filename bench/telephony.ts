/**
 * npm run bench:telephony — the contact center under a full shift's peak: `concurrentCalls`
 * callers (BENCH_CALLS, default 360) go through the IVR (support › hardware and network) into the
 * queue, operators answer, talk and hang up. Three processes: the ARI double with the callers and
 * phones (bench/telephony/pbx.ts), the telephony process under measurement with the API and its
 * event stream (bench/telephony/system-under-test.ts), and this one, which holds every operator's
 * /api/events stream as their browser would.
 *
 * Prints progress lines, then one JSON object on the last line:
 * - appCoreShare: CPU time of the telephony process over the calls ÷ their wall time (target ≤ 0.30);
 * - screenPopP95Ms: operator answers (the double hands their channel to Stasis) → their browser has
 *   the caller card over SSE, 95th percentile (target ≤ 150);
 * - lostEvents: calls that did not make it through, screen pops that never reached their operator
 *   or reached someone else (target 0).
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listen, type ReceivedEvent } from './telephony/sse-listener.js';

const concurrentCalls = Number(process.env.BENCH_CALLS ?? 360);
const rampMs = Number(process.env.BENCH_RAMP_MS ?? 15_000);
const talkMs = Number(process.env.BENCH_TALK_MS ?? 30_000);
const ringMs = Number(process.env.BENCH_RING_MS ?? 1_500);
const log = (message: string) => console.error(`[bench:telephony] ${message}`);
const here = import.meta.dirname;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pishkhan-bench-telephony-'));

function start(script: string, args: string[], execArgv: readonly string[] = []): ChildProcess {
  return fork(path.join(here, 'telephony', script), args, { execArgv: ['--import', 'tsx', ...execArgv], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

function next<T>(child: ChildProcess, kind: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { kind: string }) => {
      if (message.kind !== kind) return;
      child.off('message', onMessage);
      resolve(message as T);
    };
    child.on('message', onMessage);
    child.once('exit', (code) => reject(new Error(`${kind}: the child exited with ${code}`)));
  });
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const loadBefore = os.loadavg();
const pbx = start('pbx.ts', [String(concurrentCalls)]);
const { url: ariUrl } = await next<{ url: string }>(pbx, 'ready');
// BENCH_PROFILE_DIR=<dir> writes a CPU profile of the telephony process there.
const profile = process.env.BENCH_PROFILE_DIR === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`];
const system = start('system-under-test.ts', [path.join(dir, 'bench.sqlite'), ariUrl, String(concurrentCalls), path.join(dir, 'files')], profile);
type Operator = { userId: number; endpoint: string; sessionToken: string };
const ready = await next<{ port: number; operators: Operator[]; callerNumbers: string[] }>(system, 'ready');
log(`telephony process up with ${ready.operators.length} operators logged in`);

// Every operator's browser holds the live event stream.
const pops = new Map<string, { userId: number; at: number; publishedAt: number }>();
let misdelivered = 0;
const closers = await Promise.all(
  ready.operators.map((operator) =>
    listen(`http://127.0.0.1:${ready.port}/api/events`, operator.sessionToken, (event: ReceivedEvent) => {
      if (event.event !== 'call.answered') return;
      const { at: publishedAt, data } = event.data as { at: string; data: { callerNumber: string; card?: { person?: unknown } } };
      if (data.card?.person == null) misdelivered += 1;
      if (pops.has(data.callerNumber)) misdelivered += 1;
      else pops.set(data.callerNumber, { userId: operator.userId, at: event.at, publishedAt: Date.parse(publishedAt) });
    }),
  ),
);
log(`${closers.length} operator browsers connected to /api/events`);

const cpu = () => {
  const reply = next<{ micros: number; at: number; loopDelayP99Ms: number; loopDelayMaxMs: number }>(system, 'cpu');
  system.send({ kind: 'cpu' });
  return reply;
};
const answers = new Map<string, number>();
let completed = 0;
let failed = 0;
const lostCalls: Record<string, number> = {};
pbx.on('message', (message: { kind: string; callerNumber?: string; at?: number; ok?: boolean; outcome?: string }) => {
  if (message.kind === 'answered' && message.callerNumber !== undefined && message.at !== undefined) answers.set(message.callerNumber, message.at);
  if (message.kind === 'finished') {
    if (message.ok === true) completed += 1;
    else {
      failed += 1;
      lostCalls[message.outcome ?? '?'] = (lostCalls[message.outcome ?? '?'] ?? 0) + 1;
    }
    if ((completed + failed) % 60 === 0) log(`${completed + failed}/${concurrentCalls} calls ended`);
  }
});

const before = await cpu();
pbx.send({ kind: 'run', callerNumbers: ready.callerNumbers, rampMs, talkMs, ringMs });
const done = await next<{ restCalls: number; frames: number; cpuMicros: number }>(pbx, 'done');
// The last hangups' recordings are still being fetched and stored: that work belongs to the calls.
await new Promise((resolve) => setTimeout(resolve, 2000));
const after = await cpu();

const wallMs = after.at - before.at;
const appCoreShare = (after.micros - before.micros) / 1000 / wallMs;
const latencies: number[] = [];
// Where the time goes: answer → the telephony process publishes the pop, and publishing → the browser has it.
const toPublish: number[] = [];
const toBrowser: number[] = [];
let lostPops = 0;
for (const [number, answeredAt] of answers) {
  const pop = pops.get(number);
  if (pop === undefined) {
    lostPops += 1;
    continue;
  }
  latencies.push(pop.at - answeredAt);
  toPublish.push(pop.publishedAt - answeredAt);
  toBrowser.push(pop.at - pop.publishedAt);
}
const measured = {
  appCoreShare: Number(appCoreShare.toFixed(3)),
  screenPopP95Ms: percentile(latencies, 95),
  lostEvents: failed + lostPops + misdelivered + (concurrentCalls - completed - failed),
};
const targets = { appCoreShare: 0.3, screenPopP95Ms: 150, lostEvents: 0 };
const result = {
  concurrentCalls,
  ...measured,
  targets,
  met: {
    appCoreShare: measured.appCoreShare <= targets.appCoreShare,
    screenPopP95Ms: measured.screenPopP95Ms <= targets.screenPopP95Ms,
    lostEvents: measured.lostEvents === targets.lostEvents,
  },
  // Other processes share the machine: its load (1, 5, 15 minutes) at the start and at the end.
  machine: { cores: os.availableParallelism(), loadBefore: loadBefore.map((l) => Number(l.toFixed(2))), loadAfter: os.loadavg().map((l) => Number(l.toFixed(2))) },
  lostCalls,
  lostScreenPops: lostPops,
  misdeliveredScreenPops: misdelivered,
  screenPopP50Ms: percentile(latencies, 50),
  screenPopMaxMs: latencies.length === 0 ? Number.NaN : Math.max(...latencies),
  answerToPublishP95Ms: percentile(toPublish, 95),
  publishToBrowserP95Ms: percentile(toBrowser, 95),
  eventLoopDelayP99Ms: after.loopDelayP99Ms,
  eventLoopDelayMaxMs: after.loopDelayMaxMs,
  wallSeconds: Number((wallMs / 1000).toFixed(1)),
  cpuSeconds: Number(((after.micros - before.micros) / 1e6).toFixed(2)),
  // The ARI double and the callers, not part of appCoreShare.
  pbxCpuSeconds: Number((done.cpuMicros / 1e6).toFixed(2)),
  ariRequestsPerCall: Number((done.restCalls / concurrentCalls).toFixed(1)),
  ariEventsPerCall: Number((done.frames / concurrentCalls).toFixed(1)),
};
log(`${completed} calls completed, ${failed} failed; ${latencies.length} screen pops measured`);
for (const close of closers) close();
// The telephony process first, so that it does not see Asterisk go away.
system.send({ kind: 'stop' });
await new Promise((resolve) => system.once('exit', resolve));
pbx.send({ kind: 'stop' });
await new Promise((resolve) => pbx.once('exit', resolve));
fs.rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify(result));
