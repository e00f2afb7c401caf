import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import type { SqlExecutor, Tx } from '../database.js';
import { stopDatabaseThread } from './database-thread.js';

/** How often the thread looks for ticket text to index when nobody is waiting for it. */
const DEFAULT_INTERVAL_MS = 250;
/** Noted changes indexed per transaction of the search file. */
const BATCH = 500;
/** Tickets indexed per transaction while the index is built from nothing. */
const REBUILD_BATCH = 2_000;
/** The search file's layout; a file of another layout is built again from the tickets. */
const SEARCH_SCHEMA = '1';
/** How often the notes the thread has indexed are deleted from the main database, at most. */
const PRUNE_INTERVAL_MS = 1_000;

/** The number of the last change noted in `tickets_search_changes` (none: no row, or no table yet). */
const LAST_NOTE_SQL = "SELECT seq FROM sqlite_sequence WHERE name = 'tickets_search_changes'";

/** The search index's own database file, beside the main one (`<file>-search`, with its own WAL). */
export function searchIndexFile(file: string): string {
  return `${file}-search`;
}

/**
 * Gives the search file its tables when it has none, or none of this layout (then it is emptied and
 * built again). FTS5 merges its segments a little at each write (`automerge`) and a whole level at
 * once only when it holds fifty of them (`crisismerge`): at FTS5's default sixteen, one batch of
 * fifty tickets held the writer for 3.8 s at a million tickets.
 */
export function prepareSearchIndexFile(searchFile: string): void {
  const db = new BetterSqlite3(searchFile);
  try {
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    const schema = db.prepare<[string], string>('SELECT value FROM search_meta WHERE key = ?').pluck().get('schema');
    if (schema === SEARCH_SCHEMA) return;
    db.transaction(() => {
      db.exec('DROP TABLE IF EXISTS tickets_search; DELETE FROM search_meta');
      db.exec("CREATE VIRTUAL TABLE tickets_search USING fts5(search_text, tokenize='trigram')");
      db.exec("INSERT INTO tickets_search (tickets_search, rank) VALUES ('automerge', 8); INSERT INTO tickets_search (tickets_search, rank) VALUES ('crisismerge', 50)");
      db.prepare('INSERT INTO search_meta (key, value) VALUES (?, ?)').run('schema', SEARCH_SCHEMA);
    })();
  } finally {
    db.close();
  }
}

/**
 * Builds the whole index at once from the tickets of `main` (a connection to the main database
 * `file`, not in use by a running server): for tools that write tickets in bulk with the triggers
 * that note changes set aside, such as the bench's generator.
 */
export function buildSearchIndex(main: BetterSqlite3.Database, file: string): void {
  const searchFile = searchIndexFile(file);
  prepareSearchIndexFile(searchFile);
  main.prepare('ATTACH DATABASE ? AS built_search').run(searchFile);
  try {
    main.transaction(() => {
      main.exec("DELETE FROM built_search.tickets_search; DELETE FROM built_search.search_meta WHERE key <> 'schema'");
      main.exec('INSERT INTO built_search.tickets_search (rowid, search_text) SELECT id, search_text FROM main.tickets ORDER BY id');
      const source = main.prepare<[], string>('SELECT id FROM main.tickets_search_source').pluck().get();
      const lastNote = main.prepare<[], number>(LAST_NOTE_SQL).pluck().get() ?? 0;
      const setMeta = main.prepare('INSERT INTO built_search.search_meta (key, value) VALUES (?, ?)');
      setMeta.run('source', source);
      setMeta.run('mark', String(lastNote));
    })();
  } finally {
    main.exec('DETACH DATABASE built_search');
  }
}

/**
 * The indexing thread: plain JavaScript, so that it runs the same under tsx and in the built server.
 * It reads the main database (a WAL reader never waits for the writer, nor the writer for it) and
 * writes only the search file, so neither FTS5's work nor its pages touch the main database's
 * writer or WAL.
 *
 * `search_meta` holds what the index has: `source` (which main database, migration 20261124-10),
 * `mark` (the last note of `tickets_search_changes` indexed) or, while the index is built from
 * nothing, `rebuild_mark` (the last note when the build began; every later change is indexed after
 * it) and `rebuild_after` (the last ticket id built). A file of another source, or whose mark is
 * past the main database's last note (a database restored from a backup), is built again.
 */
const indexerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const main = new Database(workerData.file, { readonly: true, fileMustExist: true });
main.pragma('busy_timeout = 5000');
const search = new Database(workerData.searchFile, { fileMustExist: true });
search.pragma('busy_timeout = 5000');
search.pragma('synchronous = NORMAL');
const metaOf = search.prepare('SELECT value FROM search_meta WHERE key = ?').pluck();
const setMeta = search.prepare('INSERT INTO search_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
const dropMeta = search.prepare('DELETE FROM search_meta WHERE key = ?');
const removeTickets = search.prepare('DELETE FROM tickets_search WHERE rowid IN (SELECT value FROM json_each(?))');
const addTicket = search.prepare('INSERT INTO tickets_search (rowid, search_text) VALUES (?, ?)');
let statements;
let stopping = false;
let timer;

// Undefined until the migration that notes changes has run (a database being set up).
const mainStatements = () => {
  if (statements) return statements;
  try {
    statements = {
      source: main.prepare('SELECT id FROM tickets_search_source').pluck(),
      lastNote: main.prepare(${JSON.stringify(LAST_NOTE_SQL)}).pluck(),
      notes: main.prepare('SELECT seq, ticket_id FROM tickets_search_changes WHERE seq > ? ORDER BY seq LIMIT ' + workerData.batch),
      texts: main.prepare('SELECT id, search_text FROM tickets WHERE id IN (SELECT value FROM json_each(?))'),
      after: main.prepare('SELECT id, search_text FROM tickets WHERE id > ? ORDER BY id LIMIT ' + workerData.rebuildBatch),
    };
  } catch (error) {
    if (/no such table/.test(error.message)) return undefined;
    throw error;
  }
  return statements;
};

const startRebuild = (source, lastNote) => {
  search.exec('DELETE FROM tickets_search');
  dropMeta.run('mark');
  setMeta.run('source', source);
  setMeta.run('rebuild_mark', String(lastNote));
  setMeta.run('rebuild_after', '0');
};

/**
 * One step, in one transaction of the search file (IMMEDIATE: what it reads of the file is what it
 * writes over, even with a second server process on the same database): a batch of the build from
 * nothing, or of the changes noted since the mark. Returns whether more is waiting.
 */
const step = search.transaction(() => {
  const sql = mainStatements();
  if (!sql) return { more: false, rebuilding: false, mark: 0 };
  const source = sql.source.get();
  const lastNote = Number(sql.lastNote.get() ?? 0);
  const markText = metaOf.get('mark');
  if (metaOf.get('source') !== source || (markText === undefined && metaOf.get('rebuild_mark') === undefined) || Number(markText) > lastNote) startRebuild(source, lastNote);
  const rebuildMark = metaOf.get('rebuild_mark');
  if (rebuildMark !== undefined) {
    const rows = sql.after.all(Number(metaOf.get('rebuild_after')));
    for (const row of rows) addTicket.run(row.id, row.search_text);
    if (rows.length === workerData.rebuildBatch) {
      setMeta.run('rebuild_after', String(rows[rows.length - 1].id));
      return { more: true, rebuilding: true, mark: 0 };
    }
    setMeta.run('mark', rebuildMark);
    dropMeta.run('rebuild_mark');
    dropMeta.run('rebuild_after');
    return { more: true, rebuilding: false, mark: Number(rebuildMark) };
  }
  const mark = Number(markText);
  const notes = sql.notes.all(mark);
  if (notes.length === 0) return { more: false, rebuilding: false, mark };
  const ids = JSON.stringify([...new Set(notes.map((note) => note.ticket_id))]);
  // Read after the notes: each text is at least as new as the change noted.
  const texts = sql.texts.all(ids);
  const upTo = notes[notes.length - 1].seq;
  removeTickets.run(ids);
  for (const row of texts) addTicket.run(row.id, row.search_text);
  setMeta.run('mark', String(upTo));
  return { more: notes.length === workerData.batch, rebuilding: false, mark: upTo };
}).immediate;

const tick = () => {
  timer = undefined;
  if (stopping) return;
  let more = false;
  try {
    const result = step();
    more = result.more;
    parentPort.postMessage({ kind: 'progress', rebuilding: result.rebuilding, mark: result.mark });
  } catch (error) {
    parentPort.postMessage({ kind: 'error', message: error.message });
  }
  schedule(more ? 0 : workerData.intervalMs);
};
const schedule = (ms) => {
  if (stopping) return;
  if (timer !== undefined) {
    if (ms > 0) return;
    clearTimeout(timer);
  }
  timer = setTimeout(tick, ms);
};

parentPort.on('message', (message) => {
  if (message === 'nudge') return schedule(0);
  if (message === 'stop') {
    stopping = true;
    clearTimeout(timer);
    search.close();
    main.close();
    parentPort.close();
  }
});
schedule(0);
`;

export interface SearchIndexer {
  /**
   * Resolves once every ticket text committed before the call is in the index; at once while the
   * index is being built from nothing (a search then finds what is built so far).
   */
  catchUp(): Promise<void>;
  stop(): Promise<void>;
}

export interface SearchIndexerOptions {
  readonly intervalMs?: number;
  /** A failed batch, for the log; the thread tries again at its next turn. */
  readonly onError?: (error: Error) => void;
}

/**
 * Indexes ticket text for search in a thread of its own, into a database file of its own
 * (`searchIndexFile`), which the reader connection attaches: `tickets_search` there.
 *
 * Triggers on `tickets` note each ticket whose text changed in `tickets_search_changes` (migration
 * 20261124-10), in the transaction that changed it. The thread indexes the notes in order, a batch
 * per transaction of its file, and records the last one indexed there (so a crash loses nothing: the
 * next start goes on from it); the notes it has indexed are deleted from the main database a second
 * or so later, by the writer, in a unit of work of their own. Indexing in the writer's own
 * transactions stopped the one thread that serves the API and runs the engine for 0.3 ms a ticket
 * and, now and then, while FTS5 merged its segments, for 30 to 45 ms at a million tickets.
 */
export function startSearchIndexer(
  file: string,
  read: SqlExecutor,
  transaction: <T>(work: (tx: Tx) => Promise<T>) => Promise<T>,
  options: SearchIndexerOptions = {},
): SearchIndexer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(indexerSource, {
    eval: true,
    workerData: { file, searchFile: searchIndexFile(file), driver, intervalMs: options.intervalMs ?? DEFAULT_INTERVAL_MS, batch: BATCH, rebuildBatch: REBUILD_BATCH },
  });
  worker.unref();
  let stopped = false;
  /** What the thread last reported; undefined before its first step. */
  let progress: { rebuilding: boolean; mark: number } | undefined;
  const waiting = new Set<{ upTo: number; resolve: () => void }>();
  /** Whether a search may go on: the changes up to `upTo` are indexed, or the index is being built from nothing. */
  const reached = (upTo: number) => progress !== undefined && (progress.rebuilding || progress.mark >= upTo);
  /** Lets go of the searches waiting for the index; all of them when it cannot catch up (it failed, or stopped). */
  const settle = (all = stopped) => {
    for (const waiter of waiting) {
      if (all || reached(waiter.upTo)) {
        waiting.delete(waiter);
        waiter.resolve();
      }
    }
  };

  let pruned = 0;
  let pruning = false;
  let lastPrune = 0;
  const prune = () => {
    const upTo = progress?.mark ?? 0;
    if (pruning || stopped || upTo <= pruned || performance.now() - lastPrune < PRUNE_INTERVAL_MS) return;
    pruning = true;
    lastPrune = performance.now();
    transaction((tx) => tx.sql.all('DELETE FROM tickets_search_changes WHERE seq <= ?', [upTo]))
      .then(() => (pruned = upTo))
      .catch((error: unknown) => {
        if (!stopped) options.onError?.(error as Error);
      })
      .finally(() => (pruning = false));
  };

  type Message = { kind: 'progress'; rebuilding: boolean; mark: number } | { kind: 'error'; message: string };
  worker.on('message', (message: Message) => {
    if (message.kind === 'error') {
      options.onError?.(new Error(`ticket search indexing failed: ${message.message}`));
      // A search waiting for the index goes on with what it holds, rather than wait for a fix.
      settle(true);
      return;
    }
    progress = { rebuilding: message.rebuilding, mark: message.mark };
    settle();
    prune();
  });
  worker.on('error', (error) => options.onError?.(error));
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', (code) => {
      if (!stopped) options.onError?.(new Error(`the ticket search thread exited with ${code}`));
      stopped = true;
      settle();
      resolve();
    }),
  );

  const lastNote = async (): Promise<number> => {
    try {
      const [row] = await read.all<{ seq: number }>(LAST_NOTE_SQL);
      return Number(row?.seq ?? 0);
    } catch (error) {
      if (/no such table/.test((error as Error).message)) return 0;
      throw error;
    }
  };

  return {
    async catchUp() {
      if (stopped) return;
      const upTo = await lastNote();
      if (reached(upTo)) return;
      await new Promise<void>((resolve) => {
        waiting.add({ upTo, resolve });
        worker.postMessage('nudge');
      });
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      settle();
      await stopDatabaseThread(worker, exited);
    },
  };
}
