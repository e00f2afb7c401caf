import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the checkpointer copies committed WAL pages into the database file. */
const DEFAULT_INTERVAL_MS = 200;

/**
 * Runs in its own thread with its own connection: a passive checkpoint never waits for the writer,
 * and the writer never waits for it. Plain JavaScript, so that it runs the same under tsx and in
 * the built server.
 */
const checkpointerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
let stopping = false;
const tick = () => {
  if (stopping) return;
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ kind: 'checkpoint', log: result.log, checkpointed: result.checkpointed });
  } catch (error) {
    parentPort.postMessage({ kind: 'error', message: String(error && error.message || error) });
  }
  setTimeout(tick, workerData.intervalMs);
};
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  stopping = true;
  db.close();
  parentPort.close();
});
setTimeout(tick, workerData.intervalMs);
`;

export interface CheckpointerEvents {
  /** A checkpoint ran: `log` frames were in the WAL, `checkpointed` of them are now in the database file. */
  onCheckpoint?(log: number, checkpointed: number): void;
  /** The thread failed or exited early; the writer must checkpoint again itself. */
  onFailure(error: Error): void;
}

export interface Checkpointer {
  stop(): Promise<void>;
}

/**
 * Copies the write-ahead log into the database file from a worker thread. Left to SQLite, that copy
 * runs inside whichever COMMIT crosses the WAL's size limit, on the one thread that serves the API
 * and runs the engine: under load, a third of the writer's time. The writer's own automatic
 * checkpoint is switched off while this runs and back on if the thread fails.
 */
export function startCheckpointer(file: string, events: CheckpointerEvents, intervalMs = DEFAULT_INTERVAL_MS): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(checkpointerSource, { eval: true, workerData: { file, driver, intervalMs } });
  worker.unref();
  let stopped = false;
  let failed = false;
  const fail = (error: Error) => {
    if (failed || stopped) return;
    failed = true;
    events.onFailure(error);
  };
  worker.on('message', (message: { kind: 'checkpoint'; log: number; checkpointed: number } | { kind: 'error'; message: string }) => {
    if (message.kind === 'checkpoint') events.onCheckpoint?.(message.log, message.checkpointed);
    else fail(new Error(`WAL checkpoint failed: ${message.message}`));
  });
  worker.on('error', fail);
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', (code) => {
      if (!stopped) fail(new Error(`the WAL checkpoint thread exited with ${code}`));
      resolve();
    }),
  );
  return {
    async stop() {
      if (stopped) return;
      stopped = true;
      // Held open while it stops: an unreferenced thread would let the process end mid-close.
      worker.ref();
      worker.postMessage('stop');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 2_000)))]);
      clearTimeout(timer);
      await worker.terminate();
    },
  };
}
