import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { openDatabase } from '../../database/open-database.js';
import { migrate } from '../../database/migrate.js';
import type { Database } from '../../database/database.js';
import { EmbeddedEngine } from '../../engine/embedded/embedded-engine.js';

export const modelsDir = path.resolve(import.meta.dirname, '..', 'models');

export async function openBenchEngine(file: string, clockOffsetMs = 0): Promise<{ db: Database; engine: EmbeddedEngine }> {
  const db = await openDatabase({ url: `sqlite:${file}`, poolMax: 1 });
  await migrate(db);
  const engine = await EmbeddedEngine.create({ db, logger: pino({ level: 'warn' }), now: () => Date.now() + clockOffsetMs });
  return { db, engine };
}

export async function deployBenchModels(engine: EmbeddedEngine): Promise<void> {
  const files = fs.readdirSync(modelsDir).filter((file) => file.endsWith('.bpmn'));
  await engine.deploy(files.map((file) => ({ name: file, content: fs.readFileSync(path.join(modelsDir, file), 'utf8') })));
}

/** Runs `count` operations with at most `concurrency` in flight. */
export async function runConcurrently(count: number, concurrency: number, operation: (index: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, count) }, async () => {
    while (next < count) await operation(next++);
  });
  await Promise.all(lanes);
}

/** Resolves when `count` events have been seen. */
export function countEvents(engine: EmbeddedEngine, event: 'userTaskCreated' | 'instanceEnded', count: number): Promise<void> {
  return new Promise((resolve) => {
    let seen = 0;
    const listener = () => {
      if (++seen >= count) {
        engine.events.off(event, listener);
        resolve();
      }
    };
    engine.events.on(event, listener);
  });
}
