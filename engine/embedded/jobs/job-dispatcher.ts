import type { Logger } from 'pino';
import { BusinessRuleError } from '../../../core/errors/business-rule-error.js';
import { TransientError } from '../../../core/errors/transient-error.js';
import { EngineRejectionError } from '../../engine-errors.js';
import type { Job, JobBpmnError, JobFailure, JobOutcome, JobWorker, JobWorkerOptions } from '../../job-worker.js';
import type { Variables } from '../../variables.js';
import type { JobRow } from '../state/rows.js';

/** The engine commands a job's outcome turns into. */
export interface JobCommands {
  completeJob(key: number, variables: Variables, actor: string): Promise<void>;
  failJob(key: number, failure: JobFailure, actor: string): Promise<void>;
  throwJobError(key: number, error: JobBpmnError, actor: string): Promise<void>;
  /** Activatable jobs of these types that are due, earliest first, with the variables they see. */
  loadActivatable(types: readonly string[], now: number, limit: number, exclude: ReadonlySet<number>): Promise<Array<{ job: JobRow; variables: Variables }>>;
}

interface Worker {
  readonly options: Required<Pick<JobWorkerOptions, 'taskType' | 'maxJobsActive' | 'timeoutMs' | 'retryBackoffMs'>> & JobWorkerOptions;
  readonly queue: Array<{ job: JobRow; variables: Variables }>;
  active: number;
  closed: boolean;
}

const maxQueuedPerType = 1_000;
const defaultRetries = 3;

/** The proof of an outcome; only this dispatcher makes them, so handlers cannot fake one. */
const outcome = (kind: 'complete' | 'fail' | 'error') => ({ outcome: kind }) as unknown as JobOutcome;

/**
 * Hands jobs to the in-process handlers registered for their types, at most `maxJobsActive` at a
 * time per type. Jobs created by a command arrive with their variables; jobs waiting in the database
 * (after a restart, a backoff or when a worker registers) are polled. Nothing about a job is kept in
 * memory that a restart would need: a job interrupted by a crash simply runs again.
 */
export class JobDispatcher {
  private readonly workers = new Map<string, Worker>();
  /** Jobs being handled, with the activation their outcome must carry. */
  private readonly running = new Map<number, number>();
  /** Jobs made activatable again (a failure with retries left) while their handler was still finishing. */
  private readonly reoffered = new Map<number, { job: JobRow; variables: Variables }>();
  /**
   * Types that may have activatable jobs in the database that were not offered to this process
   * (left by a restart, dropped from a full queue, offered without variables, handed out again
   * after a timeout). Only these are looked for when a handler finishes: a job a command created
   * arrives by `offer`, and asking the database after every job cost more than the job.
   */
  private readonly waiting = new Set<string>();
  private activations = 0;
  private pollHandle: NodeJS.Timeout | undefined;
  private wakeHandle: NodeJS.Timeout | undefined;
  private nextWake = Number.POSITIVE_INFINITY;
  private readonly inFlight = new Set<Promise<void>>();
  private stopped = true;

  constructor(
    private readonly commands: JobCommands,
    private readonly deps: { readonly now: () => number; readonly logger: Logger; readonly realTime: boolean; readonly pollIntervalMs: number },
  ) {}

  start(): void {
    this.stopped = false;
    for (const type of this.workers.keys()) this.waiting.add(type);
    if (this.deps.realTime) {
      this.pollHandle = setInterval(() => void this.poll(), this.deps.pollIntervalMs);
      this.pollHandle.unref();
    }
    this.track(this.poll());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.pollHandle) clearInterval(this.pollHandle);
    if (this.wakeHandle) clearTimeout(this.wakeHandle);
    await this.idle();
  }

  /** Resolves when no handler is running and nothing is queued for a registered worker. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  register<V extends Variables, H extends Record<string, string>>(options: JobWorkerOptions<V, H>): JobWorker {
    if (this.workers.get(options.taskType)?.closed === false) throw new Error(`a worker for ${options.taskType} is already registered`);
    const worker: Worker = {
      options: { maxJobsActive: 32, timeoutMs: 5 * 60_000, retryBackoffMs: 1_000, ...(options as unknown as JobWorkerOptions) },
      queue: [],
      active: 0,
      closed: false,
    };
    this.workers.set(options.taskType, worker);
    this.waiting.add(options.taskType);
    if (!this.stopped) this.track(this.poll());
    return {
      taskType: options.taskType,
      close: async () => {
        worker.closed = true;
        worker.queue.length = 0;
        if (this.workers.get(options.taskType) === worker) this.workers.delete(options.taskType);
        await this.idle();
      },
    };
  }

  /** Jobs a committed command created or re-enabled. */
  offer(jobs: ReadonlyArray<{ job: JobRow; variables: Variables | undefined }>): void {
    for (const { job, variables } of jobs) {
      if (job.dueAt > this.deps.now()) {
        this.wakeAt(job.dueAt);
        continue;
      }
      const worker = this.workers.get(job.type);
      if (!worker || worker.closed) continue;
      if (variables === undefined) {
        this.waiting.add(job.type);
        if (!this.stopped) this.track(this.poll());
        continue;
      }
      if (this.running.has(job.key)) {
        this.reoffered.set(job.key, { job, variables });
        continue;
      }
      if (worker.queue.length < maxQueuedPerType) worker.queue.push({ job, variables });
      else this.waiting.add(job.type);
      this.pump(worker);
    }
  }

  /**
   * Looks for activatable jobs in the database for every worker with spare capacity (only for the
   * types that may have some waiting there, when `onlyWaiting`: after a handler finished).
   */
  async poll(onlyWaiting = false): Promise<void> {
    if (this.stopped) return;
    const types = [...this.workers.values()]
      .filter((worker) => !worker.closed && worker.queue.length === 0 && worker.active < worker.options.maxJobsActive && (!onlyWaiting || this.waiting.has(worker.options.taskType)))
      .map((worker) => worker.options.taskType);
    if (types.length === 0) return;
    const limit = 200;
    // Fewer than asked for will mean every due job of these types is queued here or running; a type
    // marked while the query runs stays marked.
    for (const type of types) this.waiting.delete(type);
    let found: Array<{ job: JobRow; variables: Variables }>;
    try {
      found = await this.commands.loadActivatable(types, this.deps.now(), limit, new Set(this.running.keys()));
    } catch (error) {
      for (const type of types) this.waiting.add(type);
      this.deps.logger.error({ err: error }, 'polling for jobs failed');
      return;
    }
    if (found.length >= limit) for (const type of types) this.waiting.add(type);
    for (const entry of found) {
      const worker = this.workers.get(entry.job.type);
      if (!worker || worker.closed || this.running.has(entry.job.key) || worker.queue.some((queued) => queued.job.key === entry.job.key)) continue;
      worker.queue.push(entry);
    }
    for (const worker of this.workers.values()) this.pump(worker);
  }

  private track(work: Promise<void>): void {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  private wakeAt(dueAt: number): void {
    if (!this.deps.realTime || dueAt >= this.nextWake) return;
    this.nextWake = dueAt;
    if (this.wakeHandle) clearTimeout(this.wakeHandle);
    this.wakeHandle = setTimeout(() => {
      this.nextWake = Number.POSITIVE_INFINITY;
      void this.poll();
    }, Math.max(0, dueAt - this.deps.now()));
  }

  private pump(worker: Worker): void {
    while (!this.stopped && !worker.closed && worker.active < worker.options.maxJobsActive && worker.queue.length > 0) {
      const entry = worker.queue.shift()!;
      if (this.running.has(entry.job.key)) continue;
      const run = this.run(worker, entry.job, entry.variables).finally(() => {
        this.inFlight.delete(run);
        const again = this.reoffered.get(entry.job.key);
        this.reoffered.delete(entry.job.key);
        if (again && !worker.closed) worker.queue.push(again);
        this.pump(worker);
        // Waiting jobs of this type (after a restart, a backoff); tracked so that idle() covers the look.
        if (worker.queue.length === 0) this.track(this.poll(true));
      });
      this.inFlight.add(run);
    }
  }

  private async run(worker: Worker, row: JobRow, variables: Variables): Promise<void> {
    const activation = ++this.activations;
    this.running.set(row.key, activation);
    worker.active += 1;
    const { timeoutMs } = worker.options;
    const timeout = this.deps.realTime
      ? setTimeout(() => {
          if (this.running.get(row.key) === activation) {
            this.deps.logger.warn({ jobKey: row.key, type: row.type }, 'job handler timed out; the job is handed out again');
            this.running.delete(row.key);
            this.waiting.add(row.type);
          }
        }, timeoutMs)
      : undefined;
    let decided = false;
    const actor = `worker:${row.type}`;
    const decide = async (kind: 'complete' | 'fail' | 'error', apply: () => Promise<void>): Promise<JobOutcome> => {
      if (decided) throw new EngineRejectionError('INVALID_STATE', `job ${row.key} already has an outcome`);
      if (this.running.get(row.key) !== activation) throw new EngineRejectionError('INVALID_STATE', `job ${row.key} timed out and was handed out again`);
      decided = true;
      try {
        await apply();
      } finally {
        if (this.running.get(row.key) === activation) this.running.delete(row.key);
      }
      return outcome(kind);
    };
    const fetched = worker.options.fetchVariables ? Object.fromEntries(worker.options.fetchVariables.filter((name) => name in variables).map((name) => [name, variables[name]])) : variables;
    const job: Job = {
      key: String(row.key),
      type: row.type,
      processInstanceKey: String(row.instanceKey),
      bpmnProcessId: row.bpmnProcessId,
      processDefinitionKey: String(row.definitionKey),
      elementId: row.elementId,
      elementInstanceKey: String(row.elementInstanceKey),
      retries: row.retries,
      customHeaders: row.headers,
      variables: fetched,
      deadline: new Date(this.deps.now() + timeoutMs),
      complete: (result = {}) => decide('complete', () => this.commands.completeJob(row.key, result, actor)),
      fail: (failure) => decide('fail', () => this.commands.failJob(row.key, failure, actor)),
      error: (error) => decide('error', () => this.commands.throwJobError(row.key, error, actor)),
    };
    const logger = this.deps.logger.child({ jobKey: row.key, type: row.type, processInstanceKey: row.instanceKey });
    try {
      await worker.options.handler(job as never);
      if (!decided) await job.fail({ errorMessage: 'the handler ended without completing, failing or throwing an error', retries: row.retries - 1 });
    } catch (error) {
      if (decided) {
        logger.error({ err: error }, 'applying the job outcome failed; the job will run again');
      } else {
        await this.failFromError(job, row, worker, error).catch((failure: unknown) => logger.error({ err: failure }, 'recording the job failure failed; the job will run again'));
        logger.warn({ err: error }, 'job handler threw');
      }
    } finally {
      if (timeout) clearTimeout(timeout);
      if (this.running.get(row.key) === activation) this.running.delete(row.key);
      worker.active -= 1;
    }
  }

  /** Business rule → BPMN error; transient → retry with growing backoff; anything else → incident. */
  private async failFromError(job: Job, row: JobRow, worker: Worker, error: unknown): Promise<void> {
    if (error instanceof BusinessRuleError) {
      await job.error({ errorCode: error.code, errorMessage: error.message });
    } else if (error instanceof TransientError) {
      const attempt = Math.max(0, defaultRetries - row.retries);
      await job.fail({ errorMessage: error.message, retries: row.retries - 1, retryBackoffMs: worker.options.retryBackoffMs * 2 ** attempt });
    } else {
      await job.fail({ errorMessage: error instanceof Error ? error.message : String(error), retries: 0 });
    }
  }
}
