import { EngineNotFoundError } from '../../engine-errors.js';
import type { JobBpmnError, JobFailure } from '../../job-worker.js';
import type { Variables } from '../../variables.js';
import type { Interpreter } from '../runtime/interpreter.js';
import { setLocal } from '../runtime/variable-scopes.js';
import type { InstanceState } from '../state/instance-state.js';
import { toJobRow, type DbRow } from '../state/row-mapping.js';
import type { ElementInstance, JobRow } from '../state/rows.js';

/** Loads a job with its instance (locked) and element; a job that is gone was completed or cancelled. */
async function loadJob(it: Interpreter, jobKey: number): Promise<{ job: JobRow; instance: InstanceState; element: ElementInstance }> {
  const { uow } = it.ctx;
  const read = async () => (await uow.sql.all<DbRow>('SELECT * FROM engine_jobs WHERE id = ?', [jobKey])).map(toJobRow)[0];
  let job = await read();
  if (!job) throw new EngineNotFoundError('job', String(jobKey));
  const instance = await it.load(job.instanceKey);
  // On PostgreSQL and SQL Server the instance row is now locked: read the job again in case another command took it meanwhile.
  if (uow.sql.dialect !== 'sqlite') job = await read();
  const element = job && instance?.elements.get(job.elementInstanceKey);
  if (!job || !instance || !element) throw new EngineNotFoundError('job', String(jobKey));
  return { job, instance, element };
}

export async function completeJob(it: Interpreter, jobKey: number, variables: Variables): Promise<void> {
  const { job, instance, element } = await loadJob(it, jobKey);
  if (job.state !== 'ACTIVATABLE') throw new EngineNotFoundError('activatable job', String(jobKey));
  it.ctx.uow.jobs.delete(job.key);
  it.completeWithResult(instance, element, variables);
}

export async function failJob(it: Interpreter, jobKey: number, failure: JobFailure): Promise<void> {
  const { job, instance, element } = await loadJob(it, jobKey);
  const { uow, now, effects } = it.ctx;
  for (const [name, value] of Object.entries(failure.variables ?? {})) setLocal(instance, element.key, name, value);
  job.retries = Math.max(0, failure.retries ?? job.retries - 1);
  job.errorMessage = failure.errorMessage;
  it.record(instance, 'JOB_FAILED', element, { detail: `${failure.errorMessage} (retries left: ${job.retries})` });
  if (job.retries > 0) {
    job.state = 'ACTIVATABLE';
    job.dueAt = now + Math.max(0, failure.retryBackoffMs ?? 0);
    uow.jobs.update(job);
    effects.jobs.push({ job, instance });
    return;
  }
  job.state = 'FAILED';
  uow.jobs.update(job);
  it.raiseIncident(instance, element, 'JOB_NO_RETRIES', failure.errorMessage, job.key);
}

export async function throwJobError(it: Interpreter, jobKey: number, error: JobBpmnError): Promise<void> {
  const { job, instance, element } = await loadJob(it, jobKey);
  const caught = await it.throwError(instance, element, error.errorCode, error.variables ?? {});
  if (caught) return;
  job.state = 'FAILED';
  job.errorMessage = error.errorMessage;
  it.ctx.uow.jobs.update(job);
  const detail = error.errorMessage ? ` with message '${error.errorMessage}'` : '';
  it.raiseIncident(instance, element, 'UNHANDLED_ERROR_EVENT', `Expected to throw an error event with the code '${error.errorCode}'${detail}, but it was not caught. No error events are available in the scope.`, job.key);
}
