/**
 * The process the crash test kills. `load`: starts instances without pause, printing each
 * acknowledged instance key, until it is killed. `resume`: restarts on the same database, finishes
 * every instance (completing the user tasks of even-numbered ones, letting the others time out),
 * prints its start time and exits.
 */
import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { openDatabase } from '../../database/open-database.js';
import { migrate } from '../../database/migrate.js';
import { EmbeddedEngine } from '../embedded/embedded-engine.js';
import { EngineNotFoundError } from '../engine-errors.js';

const [mode, url] = process.argv.slice(2);
const db = await openDatabase({ url: url!, poolMax: 4 });
await migrate(db);
const engine = await EmbeddedEngine.create({ db, logger: pino({ level: 'warn' }), jobPollIntervalMs: 100 });
const print = (line: string) => fs.writeSync(1, `${line}\n`);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

engine.createWorker({ taskType: 'crash.prepare', maxJobsActive: 8, handler: async (job) => {
  await pause(2);
  return job.complete({ prepared: true });
} });
engine.createWorker({ taskType: 'crash.escalate', handler: (job) => job.complete({ escalated: true }) });

if (mode === 'load') {
  await engine.deploy([{ name: 'crash-test.bpmn', content: fs.readFileSync(path.join(import.meta.dirname, 'crash-test.bpmn'), 'utf8') }]);
  await engine.start();
  print('ready');
  let sequence = 0;
  const lane = async () => {
    for (;;) {
      const index = sequence++;
      const instance = await engine.startProcess('crash-test', { index });
      print(`started ${instance.processInstanceKey} ${index}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, lane));
} else {
  await engine.start();
  print(`resumed ${Date.now()}`);
  for (;;) {
    const tasks = await engine.listUserTasks({ candidateGroups: ['crash-team'], limit: 500 });
    for (const task of tasks) {
      // An odd instance's timer may end it between the listing and this read: it is simply gone.
      const variables = await engine.getVariables(task.processInstanceKey).catch((error: unknown) => {
        if (error instanceof EngineNotFoundError) return undefined;
        throw error;
      });
      if (variables === undefined) continue;
      if (Number(variables.index) % 2 === 0) await engine.completeUserTask(task.key, { handledBy: 'crash-test' }).catch(() => undefined);
    }
    const [row] = await db.read.all<{ active: number }>("SELECT COUNT(*) AS active FROM engine_process_instances WHERE state = 'ACTIVE'");
    if (Number(row?.active) === 0) break;
    await pause(100);
  }
  await engine.stop();
  await db.close();
  print('finished');
  process.exit(0);
}
