import { EngineNotFoundError } from '../../engine-errors.js';
import type { Interpreter } from '../runtime/interpreter.js';
import { toIncidentRow, toJobRow, type DbRow } from '../state/row-mapping.js';

/**
 * Resolves an incident and retries what failed: a job gets retries back and is handed out again;
 * an element stopped while activating or completing runs that step again.
 */
export async function resolveIncident(it: Interpreter, incidentKey: number, retries: number | undefined): Promise<void> {
  const { uow, now, effects } = it.ctx;
  const [row] = (await uow.sql.all<DbRow>('SELECT * FROM engine_incidents WHERE id = ?', [incidentKey])).map(toIncidentRow);
  if (!row || row.state !== 'ACTIVE') throw new EngineNotFoundError('active incident', String(incidentKey));
  const instance = await it.load(row.instanceKey);
  const element = instance?.elements.get(row.elementInstanceKey);
  if (!instance || !element) throw new EngineNotFoundError('active incident', String(incidentKey));
  row.state = 'RESOLVED';
  row.resolvedAt = now;
  uow.incidents.update(row);
  it.record(instance, 'INCIDENT_RESOLVED', element, { detail: row.type });
  if (row.jobKey !== undefined) {
    const [job] = (await uow.sql.all<DbRow>('SELECT * FROM engine_jobs WHERE id = ?', [row.jobKey])).map(toJobRow);
    if (!job) return;
    job.retries = Math.max(1, retries ?? job.retries);
    job.state = 'ACTIVATABLE';
    job.dueAt = now;
    uow.jobs.update(job);
    effects.jobs.push({ job, instance });
    return;
  }
  it.retry(instance, element);
}
