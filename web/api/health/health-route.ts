import type { Router } from 'express';
import type { Database } from '../../../database/database.js';
import { appliedMigrations } from '../../../database/migrate.js';
import type { ProcessEngine } from '../../../engine/process-engine.js';
import type { HealthResponse } from '../../contract/health.js';
import { ApiRouter } from '../http/api-router.js';

export interface HealthDeps {
  readonly db: Database;
  readonly engine: ProcessEngine;
  readonly version: string;
}

async function databaseHealth(db: Database): Promise<HealthResponse['database']> {
  try {
    const migrations = await appliedMigrations(db);
    return { dialect: db.dialect, state: 'up', schemaVersion: migrations.at(-1) ?? null };
  } catch {
    return { dialect: db.dialect, state: 'down', schemaVersion: null };
  }
}

async function latestProcesses(engine: ProcessEngine): Promise<HealthResponse['processes']> {
  const latest = new Map<string, number>();
  for (const definition of await engine.listProcessDefinitions()) {
    latest.set(definition.bpmnProcessId, Math.max(latest.get(definition.bpmnProcessId) ?? 0, definition.version));
  }
  return [...latest].sort(([a], [b]) => a.localeCompare(b)).map(([bpmnProcessId, version]) => ({ bpmnProcessId, version }));
}

/** GET /api/health: public, answers 503 when the database or the engine is down. */
export function healthRoute(deps: HealthDeps): Router {
  const routes = new ApiRouter();
  routes.route({ method: 'get', path: '/health', tag: 'health', summary: 'Database, engine and deployed processes; 503 when degraded', access: 'public' }, async ({ response }) => {
    const [database, engine] = await Promise.all([databaseHealth(deps.db), deps.engine.health()]);
    const processes = engine.state === 'up' ? await latestProcesses(deps.engine).catch(() => []) : [];
    const status = database.state === 'up' && engine.state === 'up' ? 'ok' : 'degraded';
    const body: HealthResponse = { status, version: deps.version, database, engine, processes };
    response.status(status === 'ok' ? 200 : 503).json(body);
  });
  return routes.router;
}
