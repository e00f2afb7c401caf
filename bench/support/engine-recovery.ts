/**
 * Restarts the engine on a database full of waiting instances, with the clock two minutes ahead:
 * measures the time until a new start reaches its first wait state and every overdue timer fired.
 */
import { countEvents, openBenchEngine } from './bench-engine.js';

const [file, dueCountText] = process.argv.slice(2);
const dueCount = Number(dueCountText);
const started = performance.now();
const { db, engine } = await openBenchEngine(file!, 2 * 60_000);
engine.createWorker({ taskType: 'bench.route', handler: (job) => job.complete({ position: 'it-support' }) });
const reached = countEvents(engine, 'userTaskCreated', 1);
await engine.start();
await engine.startProcess('bench-ticket', { sla: 'PT10H' });
await reached;
for (;;) {
  const [row] = await db.read.all<{ overdue: number }>('SELECT COUNT(*) AS overdue FROM engine_timers WHERE due_at <= ?', [Date.now() + 2 * 60_000 - 1_000]);
  if (Number(row?.overdue) === 0) break;
  await new Promise((resolve) => setTimeout(resolve, 5));
}
const recoverySeconds = (performance.now() - started) / 1000;
const [fired] = await db.read.all<{ fired: number }>("SELECT COUNT(*) AS fired FROM engine_history WHERE element_id = 'Event_sla' AND kind = 'ELEMENT_COMPLETED'");
await engine.stop();
await db.close();
console.log(JSON.stringify({ recoverySeconds, firedTimers: Number(fired?.fired ?? 0), expected: dueCount }));
