/**
 * npm run bench:engine — throughput, memory and recovery of the embedded engine on SQLite.
 * Prints progress lines, then one JSON object on the last line. BENCH_WAITING (default 100000)
 * sets how many waiting instances the memory and recovery phases hold.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { countEvents, deployBenchModels, openBenchEngine, runConcurrently } from './support/bench-engine.js';

const waitingCount = Number(process.env.BENCH_WAITING ?? 100_000);
const sampleCount = Number(process.env.BENCH_SAMPLE ?? 5_000);
const concurrency = 64;
const dueTimerCount = 100;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pishkhan-bench-'));
const file = path.join(dir, 'bench.sqlite');
const gc = (globalThis as { gc?: () => void }).gc;
const log = (message: string) => console.error(`[bench:engine] ${message}`);

const { db, engine } = await openBenchEngine(file);
await deployBenchModels(engine);
engine.createWorker({ taskType: 'bench.route', maxJobsActive: 64, handler: (job) => job.complete({ position: 'it-support' }) });
engine.createWorker({ taskType: 'bench.notify', maxJobsActive: 64, handler: (job) => job.complete({ notified: true }) });
await engine.start();

async function waitingStarts(count: number, sla: (index: number) => string): Promise<number> {
  const reached = countEvents(engine, 'userTaskCreated', count);
  const started = performance.now();
  await runConcurrently(count, concurrency, (index) => engine.startProcess('bench-ticket', { sla: sla(index), requester: `user-${index}`, title: 'چاپگر طبقه سوم کار نمی‌کند' }));
  await reached;
  return count / ((performance.now() - started) / 1000);
}

// Warm-up, so that compilation and caches do not count.
await waitingStarts(500, () => 'PT10H');
const durableStartsPerSec = await waitingStarts(sampleCount, () => 'PT10H');
log(`durable starts: ${durableStartsPerSec.toFixed(0)}/s`);

const tasks = await engine.listUserTasks({ candidateGroups: ['it-support'], limit: sampleCount });
const ended = countEvents(engine, 'instanceEnded', tasks.length);
let started = performance.now();
await runConcurrently(tasks.length, concurrency, (index) => engine.completeUserTask(tasks[index]!.key, { resolution: 'done' }));
await ended;
const resumeToEndPerSec = tasks.length / ((performance.now() - started) / 1000);
log(`resume to end: ${resumeToEndPerSec.toFixed(0)}/s`);

const straightEnded = countEvents(engine, 'instanceEnded', sampleCount);
started = performance.now();
await runConcurrently(sampleCount, concurrency, () => engine.startProcess('bench-straight', {}));
await straightEnded;
const startToEndPerSec = sampleCount / ((performance.now() - started) / 1000);
log(`start to end: ${startToEndPerSec.toFixed(0)}/s`);

gc?.();
const rssBefore = process.memoryUsage().rss;
log(`creating ${waitingCount} waiting instances…`);
await waitingStarts(waitingCount, (index) => (index < dueTimerCount ? 'PT1M' : 'PT10H'));
await engine.idle();
gc?.();
await new Promise((resolve) => setTimeout(resolve, 200));
gc?.();
const rssKBPerWaitingInstance = (process.memoryUsage().rss - rssBefore) / 1024 / waitingCount;
log(`rss per waiting instance: ${rssKBPerWaitingInstance.toFixed(3)} KB`);
await engine.stop();
await db.close();

// Recovery in a fresh process whose clock is two minutes ahead, so that the one-minute timers are overdue.
const recovery = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'support', 'engine-recovery.ts'), file, String(dueTimerCount)], { encoding: 'utf8' });
if (recovery.status !== 0) throw new Error(`recovery run failed: ${recovery.stderr}`);
const recovered = JSON.parse(recovery.stdout.trim().split('\n').at(-1)!) as { recoverySeconds: number; firedTimers: number };
log(`recovery: ${recovered.recoverySeconds.toFixed(2)} s, ${recovered.firedTimers} overdue timers fired`);
fs.rmSync(dir, { recursive: true, force: true });

console.log(
  JSON.stringify({
    durableStartsPerSec: Math.round(durableStartsPerSec),
    resumeToEndPerSec: Math.round(resumeToEndPerSec),
    startToEndPerSec: Math.round(startToEndPerSec),
    rssKBPerWaitingInstance: Number(rssKBPerWaitingInstance.toFixed(3)),
    recovery100kSeconds: Number(recovered.recoverySeconds.toFixed(2)),
    waitingInstances: waitingCount,
    overdueTimersFired: recovered.firedTimers,
    gcExposed: gc !== undefined,
  }),
);
