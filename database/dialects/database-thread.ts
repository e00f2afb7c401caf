import type { Worker } from 'node:worker_threads';

/**
 * Asks one of the database's own threads (checkpoint, search index) to stop, with the message
 * 'stop', and waits until it has exited: two seconds at most, then it is ended.
 */
export async function stopDatabaseThread(worker: Worker, exited: Promise<void>): Promise<void> {
  // Held open while it stops: an unreferenced thread would let the process end mid-close.
  worker.ref();
  worker.postMessage('stop');
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 2_000)))]);
  clearTimeout(timer);
  await worker.terminate();
}
