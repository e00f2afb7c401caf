import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { createTestDatabase } from '../../database/test-support/test-database.js';

const child = path.join(import.meta.dirname, 'crash-child.ts');
const timeoutMs = 6_000;

function run(mode: 'load' | 'resume', url: string, onLine: (line: string) => void) {
  const process_ = spawn(process.execPath, ['--import', 'tsx', child, mode, url], { stdio: ['ignore', 'pipe', 'inherit'] });
  readline.createInterface({ input: process_.stdout }).on('line', onLine);
  const exited = new Promise<number | null>((resolve) => process_.once('exit', (code) => resolve(code)));
  return { process: process_, exited };
}

describe('a crash of the engine process', () => {
  it('loses no acknowledged instance: after SIGKILL and restart each resumes, timers keep their due time, each completes exactly once', { timeout: 120_000 }, async () => {
    const { db, url, dispose } = await createTestDatabase();
    try {
      // Given instances being started and their jobs being handled without pause
      const acknowledged = new Map<string, number>();
      let killAt: number | undefined;
      const load = run('load', url, (line) => {
        const [word, key, index] = line.split(' ');
        if (word === 'started') acknowledged.set(key!, Number(index));
        if (acknowledged.size >= 150 && killAt === undefined) {
          // When the process is killed mid-way
          killAt = Date.now();
          load.process.kill('SIGKILL');
        }
      });
      await load.exited;
      assert.ok(killAt, 'the load process was killed while working');

      // And it stays down until every user-task timer (6 s) has fallen due
      await new Promise((resolve) => setTimeout(resolve, timeoutMs + 500));
      let resumedAt = 0;
      const resume = run('resume', url, (line) => {
        if (line.startsWith('resumed ')) resumedAt = Number(line.split(' ')[1]);
      });
      assert.equal(await resume.exited, 0);

      // Then every acknowledged instance completed exactly once
      const keys = [...acknowledged.keys()];
      const instances = await db.read.all<{ id: unknown; state: string; ended_at: unknown }>(`SELECT id, state, ended_at FROM engine_process_instances WHERE id IN (${keys.join(', ')})`);
      assert.equal(instances.length, keys.length, 'every acknowledged start is in the database');
      assert.ok(instances.every((row) => row.state === 'COMPLETED'));
      const completions = await db.read.all<{ instance_key: unknown; element_id: string; n: unknown }>(
        `SELECT instance_key, element_id, COUNT(*) AS n FROM engine_history WHERE kind = 'ELEMENT_COMPLETED' AND instance_key IN (${keys.join(', ')}) GROUP BY instance_key, element_id`,
      );
      const count = (key: string, element: string) => Number(completions.find((row) => String(row.instance_key) === key && row.element_id === element)?.n ?? 0);
      for (const [key, index] of acknowledged) {
        assert.equal(count(key, 'crash-test'), 1, `instance ${key} completed once`);
        assert.equal(count(key, 'Task_prepare'), 1, `the job of ${key} took effect once`);
        const timedOut = count(key, 'EndEvent_escalated') === 1;
        assert.equal(count(key, 'EndEvent_done') + count(key, 'EndEvent_escalated'), 1, `instance ${key} ended on one path`);
        if (index % 2 === 1) assert.ok(timedOut, `instance ${key}, left alone, timed out`);
      }

      // And the timers that fell due during the downtime fired right after the restart: sooner than a
      // timer restarted from zero could have (6 s after the restart; the margin holds a busy PostgreSQL firing them one after the other)
      const firings = await db.read.all<{ at: unknown; activated: unknown }>(
        `SELECT h.at AS at, (SELECT MIN(a.at) FROM engine_history a WHERE a.instance_key = h.instance_key AND a.element_id = 'Task_handle' AND a.kind = 'ELEMENT_ACTIVATED') AS activated
           FROM engine_history h WHERE h.element_id = 'Event_timeout' AND h.kind = 'ELEMENT_COMPLETED' AND h.instance_key IN (${keys.join(', ')})`,
      );
      assert.ok(firings.length > 0);
      for (const firing of firings) {
        const firedAt = Number(firing.at);
        assert.ok(firedAt >= Number(firing.activated) + timeoutMs, 'never before its due time');
        if (Number(firing.activated) + timeoutMs < resumedAt) assert.ok(firedAt - resumedAt < timeoutMs, `an overdue timer fired ${firedAt - resumedAt} ms after the restart`);
      }
    } finally {
      await dispose();
    }
  });
});
