import type { Logger } from 'pino';
import type { JobWorker, JobWorkerOptions } from '../job-worker.js';
import type { Variables } from '../variables.js';
import type { CamundaClients } from './camunda-clients.js';
import { runJob, type ActivatedJob } from './run-job.js';

export interface WorkerDefaults {
  readonly maxJobsActive: number;
  readonly timeoutMs: number;
  readonly retryBackoffMs: number;
}

type SdkWorker = ReturnType<CamundaClients['grpc']['createWorker']>;

const maxBackoffMs = 60 * 60_000;
// Transient failures are counted per job key (a job keeps its key across retries) in this process only.
const rememberedJobs = 10_000;

/**
 * One SDK polling worker running one of our handlers: it fetches at most `maxJobsActive` jobs at
 * a time and hands each to `runJob`. Created idle; `open()` starts polling.
 */
export class ZeebeJobWorker<V extends Variables, H extends Record<string, string>> implements JobWorker {
  readonly taskType: string;
  private worker: SdkWorker | undefined;
  private closed = false;
  private readonly transientFailures = new Map<string, number>();
  private readonly logger: Logger;

  constructor(
    private readonly clients: CamundaClients,
    private readonly options: JobWorkerOptions<V, H>,
    private readonly defaults: WorkerDefaults,
    logger: Logger,
    private readonly closeTimeoutMs: number,
  ) {
    this.taskType = options.taskType;
    this.logger = logger.child({ taskType: options.taskType });
  }

  open(): void {
    if (this.worker || this.closed) return;
    const { options, defaults } = this;
    this.worker = this.clients.grpc.createWorker<Record<string, never>, Record<string, string>, Record<string, never>>({
      taskType: options.taskType,
      maxJobsToActivate: options.maxJobsActive ?? defaults.maxJobsActive,
      timeout: options.timeoutMs ?? defaults.timeoutMs,
      ...(options.fetchVariables ? { fetchVariable: [...options.fetchVariables] } : {}),
      stdout: this.clients.grpcLog,
      loglevel: 'ERROR',
      failProcessOnException: false,
      taskHandler: async (job) => {
        await this.handle(job as unknown as ActivatedJob);
        return 'JOB_ACTION_ACKNOWLEDGEMENT' as const;
      },
    });
  }

  private async handle(activated: ActivatedJob): Promise<void> {
    const logger = this.logger.child({ jobKey: activated.key, processInstanceKey: activated.processInstanceKey, elementId: activated.elementId });
    const attempt = this.transientFailures.get(activated.key) ?? 0;
    const run = await runJob(this.options.handler, activated, { baseMs: this.options.retryBackoffMs ?? this.defaults.retryBackoffMs, attempt, maxMs: maxBackoffMs }, logger);
    this.transientFailures.delete(activated.key);
    if (run.transient) {
      this.transientFailures.set(activated.key, attempt + 1);
      if (this.transientFailures.size > rememberedJobs) {
        const oldest = this.transientFailures.keys().next();
        if (!oldest.done) this.transientFailures.delete(oldest.value);
      }
    }
  }

  /** Stops fetching jobs and waits (up to the stop timeout) for the handlers still running. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    if (!worker) return;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.closeTimeoutMs);
      timer.unref();
    });
    try {
      const result = await Promise.race([worker.close(this.closeTimeoutMs).then(() => 'closed' as const), timedOut]);
      if (result === 'timeout') this.logger.warn({ activeJobs: worker.activeJobs }, 'job handlers still running when the worker stopped waiting');
    } catch (error) {
      this.logger.warn({ err: error }, 'job worker did not close cleanly');
    } finally {
      clearTimeout(timer);
    }
  }
}
