import type { Logger } from 'pino';
import type { Tx } from '../../database/database.js';
import type { CommandOutbox, OutboxEntry } from './command-outbox.js';
import type { CommandSender, EngineCommand } from './engine-command.js';
import { deliveryVerdict } from './outbox-delivery.js';

export interface OutboxRelayOptions {
  /** How long one sender holds a command before another may send it. */
  readonly leaseMs: number;
  /** How often commands left behind are swept up and sent. */
  readonly sweepIntervalMs: number;
  /** Commands taken per sweep. */
  readonly batchSize?: number;
}

const maxRetryDelayMs = 10 * 60_000;

/**
 * Carries outbox commands to the engine: those of a transaction right after it commits, in the
 * order they were written, and any left behind (engine unreachable, a process that died between
 * commit and send) on start and then periodically.
 */
export class OutboxRelay {
  private readonly pendingByTx = new WeakMap<Tx, OutboxEntry[]>();
  private readonly inFlight = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private sweeping: Promise<number> | undefined;

  constructor(
    private readonly outbox: CommandOutbox,
    private readonly sender: CommandSender,
    private readonly logger: Logger,
    private readonly options: OutboxRelayOptions,
  ) {}

  /** Writes the command in `tx`; it is sent once `tx` has committed (and dropped with it on rollback). */
  async enqueue(tx: Tx, command: EngineCommand): Promise<OutboxEntry> {
    const entry = await this.outbox.add(tx, command, this.options.leaseMs);
    const pending = this.pendingByTx.get(tx);
    if (pending) {
      pending.push(entry);
      return entry;
    }
    const entries = [entry];
    this.pendingByTx.set(tx, entries);
    tx.afterCommit(() => {
      if (!this.running) return;
      this.track(this.deliverInOrder(entries));
    });
    return entry;
  }

  async start(): Promise<void> {
    this.running = true;
    await this.sweep();
    this.timer = setInterval(() => void this.sweep(), this.options.sweepIntervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.running = false;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.settled();
  }

  /** Resolves once every delivery started so far has ended. */
  async settled(): Promise<void> {
    await this.sweeping;
    await Promise.allSettled([...this.inFlight]);
  }

  /** Sends every command whose lease has run out; returns how many were taken. */
  sweep(): Promise<number> {
    this.sweeping ??= this.sweepOnce().finally(() => (this.sweeping = undefined));
    return this.sweeping;
  }

  private async sweepOnce(): Promise<number> {
    try {
      const entries = await this.outbox.claimDue(this.options.batchSize ?? 100, this.options.leaseMs);
      if (entries.length > 0) this.logger.info({ commands: entries.length }, 'sending commands left in the outbox');
      await this.deliverInOrder(entries);
      return entries.length;
    } catch (error) {
      this.logger.error({ err: error }, 'outbox sweep failed');
      return 0;
    }
  }

  private track(delivery: Promise<void>): void {
    this.inFlight.add(delivery);
    void delivery.finally(() => this.inFlight.delete(delivery));
  }

  /** Stops at the first command to be retried, so that later ones do not overtake it. */
  private async deliverInOrder(entries: readonly OutboxEntry[]): Promise<void> {
    for (const [index, entry] of entries.entries()) {
      if (!this.running) return;
      const delivered = await this.deliver(entry);
      if (!delivered) {
        const rest = entries.slice(index + 1).map((later) => later.id);
        if (rest.length > 0) await this.outbox.release(rest, 1_000).catch((error: unknown) => this.logger.error({ err: error }, 'could not release outbox commands'));
        return;
      }
    }
  }

  /** False when the command stays in the outbox to be retried. */
  private async deliver(entry: OutboxEntry): Promise<boolean> {
    const log = this.logger.child({ commandId: entry.id, command: entry.command.kind });
    try {
      if (await this.sender.alreadyDone(entry.command, entry.id)) {
        log.info('outbox command had already taken effect');
      } else {
        await this.sender.send(entry.command, entry.id);
      }
      await this.outbox.remove(entry.id);
      return true;
    } catch (error) {
      return this.settleFailure(entry, error, log).catch((settleError: unknown) => {
        log.error({ err: settleError }, 'could not record the failure of an outbox command; its lease will run out and it will be sent again');
        return false;
      });
    }
  }

  private async settleFailure(entry: OutboxEntry, error: unknown, log: Logger): Promise<boolean> {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const verdict = deliveryVerdict(entry.command.kind, error);
    if (verdict === 'done') {
      log.info({ reason: message }, 'outbox command counts as done');
      await this.outbox.remove(entry.id);
      return true;
    }
    if (verdict === 'failed') {
      log.error({ err: error }, 'the engine refused an outbox command; it is kept as FAILED and not sent again');
      await this.outbox.markFailed(entry.id, message);
      return true;
    }
    const delayMs = Math.min(1_000 * 2 ** entry.attempts, maxRetryDelayMs);
    log.warn({ err: error, attempts: entry.attempts + 1, retryInMs: delayMs }, 'outbox command not sent; it will be retried');
    await this.outbox.retryLater(entry.id, message, delayMs);
    return false;
  }
}
