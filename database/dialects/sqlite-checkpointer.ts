import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { stopDatabaseThread } from './database-thread.js';

/** How often the checkpointer copies committed WAL pages into the database file. */
const DEFAULT_INTERVAL_MS = 200;
/** 16 MB of 4 KB pages: at 200 registrations a second the writer is held about once a second, 10 to 15 ms. */
const DEFAULT_RESTART_FRAMES = 4_000;
/** A hold normally lasts 10 to 20 ms (a few frames to copy, two syncs). */
const DEFAULT_MAX_HOLD_MS = 1_000;

/**
 * Runs in its own thread with its own connection: a passive checkpoint never waits for the writer,
 * and the writer never waits for it. Plain JavaScript, so that it runs the same under tsx and in
 * the built server.
 */
const checkpointerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
// A checkpoint syncs the database file only when it copied the WAL to its end, which under load
// only the one during a hold does: the pages copied since are synced before the hold instead. Kept
// open until the thread stops, after the process's other connections to the file have closed
// (closing a handle drops every POSIX lock the process holds on the file); writable, because
// Windows flushes only a handle opened for writing.
const dbFile = fs.openSync(workerData.file, 'r+');
db.pragma('busy_timeout = 5000');
let stopping = false;
let holding = false;
const checkpoint = () => {
  const [result] = db.pragma('wal_checkpoint(PASSIVE)');
  return result;
};
const tick = () => {
  if (stopping) return;
  try {
    const result = checkpoint();
    parentPort.postMessage({ kind: 'checkpoint', log: result.log, checkpointed: result.checkpointed });
    if (workerData.restartFrames > 0 && result.log >= workerData.restartFrames) {
      // What was committed during that checkpoint, so that little is left for the hold.
      checkpoint();
      fs.fsyncSync(dbFile);
      holding = true;
      parentPort.postMessage({ kind: 'hold' });
      return;
    }
  } catch (error) {
    parentPort.postMessage({ kind: 'error', message: String(error && error.message || error) });
  }
  setTimeout(tick, workerData.intervalMs);
};
parentPort.on('message', (message) => {
  if (message === 'held' && holding) {
    holding = false;
    try {
      const result = checkpoint();
      parentPort.postMessage({ kind: 'released', log: result.log, checkpointed: result.checkpointed });
    } catch (error) {
      parentPort.postMessage({ kind: 'released', log: -1, checkpointed: -1 });
      parentPort.postMessage({ kind: 'error', message: String(error && error.message || error) });
    }
    if (!stopping) setTimeout(tick, workerData.intervalMs);
    return;
  }
  if (message !== 'stop') return;
  stopping = true;
  db.close();
  fs.closeSync(dbFile);
  parentPort.close();
});
setTimeout(tick, workerData.intervalMs);
`;

export interface CheckpointerEvents {
  /** A checkpoint ran: `log` frames were in the WAL, `checkpointed` of them are now in the database file. */
  onCheckpoint?(log: number, checkpointed: number): void;
  /** The thread failed or exited early; the writer must checkpoint again itself. */
  onFailure(error: Error): void;
  /**
   * Stops the writer from starting a transaction: resolves once none runs, with the function that
   * lets writes go on. Without it, the thread never holds the writer, and the WAL starts again from
   * its beginning only when a checkpoint happens to catch up between two commits.
   */
  holdWrites?(): Promise<() => void>;
}

export interface CheckpointerOptions {
  /** How often the WAL is checkpointed. */
  readonly intervalMs?: number;
  /** The WAL length, in frames (pages), from which the thread holds the writer to start it again. */
  readonly restartFrames?: number;
  /** The longest the writer is held: it goes on after that even if the checkpoint has not ended. */
  readonly maxHoldMs?: number;
}

export interface Checkpointer {
  /** Stops the thread; called once the process's other connections to the file are closed. */
  stop(): Promise<void>;
}

/**
 * Copies the write-ahead log into the database file from a worker thread. Left to SQLite, that copy
 * runs inside whichever COMMIT crosses the WAL's size limit, on the one thread that serves the API
 * and runs the engine: under load, a third of the writer's time.
 *
 * The WAL starts again from its beginning only at a transaction that begins when every frame of it
 * is in the database file, which a steady stream of commits never leaves time for; until then it
 * grows. Once it is `restartFrames` long, the thread checkpoints twice (the second pass copies what
 * was committed during the first), then holds the writer (`holdWrites`: the one thread that serves
 * the API goes on serving, only transactions wait), copies the few frames left and lets the writer
 * go: its next transaction starts the WAL again. Copying and the syncs that make the copy durable
 * stay on this thread; the writer's own automatic checkpoint is only a backstop.
 */
export function startCheckpointer(file: string, events: CheckpointerEvents, options: CheckpointerOptions = {}): Checkpointer {
  const intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS;
  const restartFrames = events.holdWrites ? (options.restartFrames ?? DEFAULT_RESTART_FRAMES) : 0;
  const maxHoldMs = options.maxHoldMs ?? DEFAULT_MAX_HOLD_MS;
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(checkpointerSource, { eval: true, workerData: { file, driver, intervalMs, restartFrames } });
  worker.unref();
  let stopped = false;
  let failed = false;
  /** Lets the writer go on, while the thread holds it. */
  let release: (() => void) | undefined;
  let holdTimer: NodeJS.Timeout | undefined;
  const releaseWrites = () => {
    clearTimeout(holdTimer);
    const go = release;
    release = undefined;
    go?.();
  };
  const fail = (error: Error) => {
    releaseWrites();
    if (failed || stopped) return;
    failed = true;
    events.onFailure(error);
  };
  const hold = async () => {
    const go = await events.holdWrites!();
    if (stopped || failed) return go();
    release = go;
    holdTimer = setTimeout(releaseWrites, maxHoldMs);
    worker.postMessage('held');
  };
  type Message =
    | { kind: 'checkpoint' | 'released'; log: number; checkpointed: number }
    | { kind: 'hold' }
    | { kind: 'error'; message: string };
  worker.on('message', (message: Message) => {
    switch (message.kind) {
      case 'checkpoint':
        events.onCheckpoint?.(message.log, message.checkpointed);
        return;
      case 'hold':
        hold().catch((error: unknown) => fail(error as Error));
        return;
      case 'released':
        releaseWrites();
        if (message.log >= 0) events.onCheckpoint?.(message.log, message.checkpointed);
        return;
      case 'error':
        fail(new Error(`WAL checkpoint failed: ${message.message}`));
    }
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
      releaseWrites();
      await stopDatabaseThread(worker, exited);
    },
  };
}
