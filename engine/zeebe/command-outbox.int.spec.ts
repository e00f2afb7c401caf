import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import pino from 'pino';
import { TransientError } from '../../core/errors/transient-error.js';
import { createTestDatabase, type TestDatabase } from '../../database/test-support/test-database.js';
import { EngineNotFoundError, EngineRejectionError } from '../engine-errors.js';
import { CommandOutbox } from './command-outbox.js';
import type { CommandResult, CommandSender, EngineCommand } from './engine-command.js';
import { OutboxRelay } from './outbox-relay.js';

// Runs against a real database (SQLite, and PostgreSQL in `npm test`); no Zeebe cluster needed.

const logger = pino({ level: 'silent' });
const options = { leaseMs: 60_000, sweepIntervalMs: 3_600_000 };

/** A sender that records what it sent and fails as told. */
class FakeSender implements CommandSender {
  readonly sent: EngineCommand[] = [];
  readonly done = new Set<string>();
  failures: unknown[] = [];

  async send(command: EngineCommand): Promise<CommandResult> {
    const failure = this.failures.shift();
    if (failure !== undefined) throw failure;
    this.sent.push(command);
    return { kind: 'done' };
  }

  async alreadyDone(_command: EngineCommand, commandId: string): Promise<boolean> {
    return this.done.has(commandId);
  }
}

const complete = (userTaskKey: string): EngineCommand => ({ kind: 'complete-user-task', userTaskKey, variables: { approved: true } });

describe('the command outbox', () => {
  let test: TestDatabase;
  let now = 1_000_000;
  const clock = () => now;

  before(async () => {
    test = await createTestDatabase();
  });
  after(async () => {
    await test.dispose();
  });
  beforeEach(async () => {
    now = 1_000_000;
    await test.db.transaction((tx) => tx.sql.exec('DELETE FROM engine_outbox'));
  });

  it('sends a command written in a committed transaction once it commits, then forgets it', async () => {
    const sender = new FakeSender();
    const relay = new OutboxRelay(new CommandOutbox(test.db, clock), sender, logger, options);
    await relay.start();
    await test.db.transaction(async (tx) => {
      await relay.enqueue(tx, complete('11'));
      assert.equal(sender.sent.length, 0, 'nothing is sent before the commit');
    });
    await relay.settled();
    assert.deepEqual(sender.sent, [complete('11')]);
    assert.deepEqual(await new CommandOutbox(test.db).list(), []);
    await relay.stop();
  });

  it('neither keeps nor sends the command of a transaction that rolled back', async () => {
    const sender = new FakeSender();
    const relay = new OutboxRelay(new CommandOutbox(test.db, clock), sender, logger, options);
    await relay.start();
    await assert.rejects(
      test.db.transaction(async (tx) => {
        await relay.enqueue(tx, complete('12'));
        throw new Error('the domain change failed');
      }),
      /domain change failed/,
    );
    await relay.settled();
    assert.deepEqual(sender.sent, []);
    assert.deepEqual(await new CommandOutbox(test.db).list(), []);
    await relay.stop();
  });

  it('sends the commands of one transaction in the order they were written', async () => {
    const sender = new FakeSender();
    const relay = new OutboxRelay(new CommandOutbox(test.db, clock), sender, logger, options);
    await relay.start();
    const assign: EngineCommand = { kind: 'assign-user-task', userTaskKey: '13', assignee: 'maryam' };
    await test.db.transaction(async (tx) => {
      await relay.enqueue(tx, assign);
      await relay.enqueue(tx, complete('13'));
      await relay.enqueue(tx, { kind: 'cancel', processInstanceKey: '14' });
    });
    await relay.settled();
    assert.deepEqual(sender.sent.map((command) => command.kind), ['assign-user-task', 'complete-user-task', 'cancel']);
    await relay.stop();
  });

  it('resends on start what a process that died after the commit left in the outbox', async () => {
    // Given a process that committed two commands and died before sending them
    const crashed = new OutboxRelay(new CommandOutbox(test.db, clock), new FakeSender(), logger, options);
    await test.db.transaction(async (tx) => {
      await crashed.enqueue(tx, { kind: 'publish', name: 'customer-replied', correlationKey: 't-7', variables: {}, timeToLiveMs: 60_000, messageId: 'reply-1' });
      await crashed.enqueue(tx, complete('15'));
    });
    assert.equal((await new CommandOutbox(test.db).list()).length, 2);

    // When a new process starts after the dead one's lease ran out
    now += options.leaseMs + 1;
    const sender = new FakeSender();
    const relay = new OutboxRelay(new CommandOutbox(test.db, clock), sender, logger, options);
    await relay.start();

    // Then both are sent, in order, and removed
    assert.deepEqual(sender.sent.map((command) => command.kind), ['publish', 'complete-user-task']);
    assert.deepEqual(await new CommandOutbox(test.db).list(), []);
    await relay.stop();
  });

  it('leaves alone a command another process still holds', async () => {
    const other = new OutboxRelay(new CommandOutbox(test.db, clock), new FakeSender(), logger, options);
    await test.db.transaction((tx) => other.enqueue(tx, complete('16')));
    const sender = new FakeSender();
    const relay = new OutboxRelay(new CommandOutbox(test.db, clock), sender, logger, options);
    await relay.start();
    assert.deepEqual(sender.sent, []);
    assert.equal((await new CommandOutbox(test.db).list()).length, 1);
    await relay.stop();
  });

  it('keeps a command the engine could not take, counts the attempt, and sends it on a later sweep without letting later ones overtake it', async () => {
    const sender = new FakeSender();
    sender.failures = [new TransientError('gateway unavailable')];
    const relay = new OutboxRelay(new CommandOutbox(test.db, clock), sender, logger, options);
    await relay.start();
    await test.db.transaction(async (tx) => {
      await relay.enqueue(tx, complete('17'));
      await relay.enqueue(tx, complete('18'));
    });
    await relay.settled();
    assert.deepEqual(sender.sent, []);
    const kept = await new CommandOutbox(test.db).list();
    assert.deepEqual(kept.map((entry) => [entry.attempts, entry.state, entry.lastError]), [
      [1, 'PENDING', 'TransientError: gateway unavailable'],
      [0, 'PENDING', undefined],
    ]);

    now += 2_000;
    await relay.sweep();
    assert.deepEqual(sender.sent, [complete('17'), complete('18')]);
    assert.deepEqual(await new CommandOutbox(test.db).list(), []);
    await relay.stop();
  });

  it('counts completing a user task that no longer exists as done', async () => {
    const sender = new FakeSender();
    sender.failures = [new EngineNotFoundError('user task', '19')];
    const relay = new OutboxRelay(new CommandOutbox(test.db, clock), sender, logger, options);
    await relay.start();
    await test.db.transaction((tx) => relay.enqueue(tx, complete('19')));
    await relay.settled();
    assert.deepEqual(await new CommandOutbox(test.db).list(), []);
    await relay.stop();
  });

  it('keeps a command the engine refuses for good as FAILED and does not send it again', async () => {
    const sender = new FakeSender();
    sender.failures = [new EngineRejectionError('INVALID_ARGUMENT', 'variables must be an object')];
    const relay = new OutboxRelay(new CommandOutbox(test.db, clock), sender, logger, options);
    await relay.start();
    await test.db.transaction((tx) => relay.enqueue(tx, { kind: 'set-variables', scopeKey: '20', variables: {}, local: false }));
    await relay.settled();
    now += options.leaseMs * 10;
    await relay.sweep();
    assert.deepEqual(sender.sent, []);
    const kept = await new CommandOutbox(test.db).list();
    assert.deepEqual(kept.map((entry) => entry.state), ['FAILED']);
    await relay.stop();
  });

  it('does not send again a command that took effect before a crash', async () => {
    const crashed = new OutboxRelay(new CommandOutbox(test.db, clock), new FakeSender(), logger, options);
    const entry = await test.db.transaction((tx) => crashed.enqueue(tx, { kind: 'start', bpmnProcessId: 'ticket-lifecycle', variables: {}, businessKey: 'T-21' }));
    now += options.leaseMs + 1;
    const sender = new FakeSender();
    sender.done.add(entry.id);
    const relay = new OutboxRelay(new CommandOutbox(test.db, clock), sender, logger, options);
    await relay.start();
    assert.deepEqual(sender.sent, []);
    assert.deepEqual(await new CommandOutbox(test.db).list(), []);
    await relay.stop();
  });

  it('sends nothing after stop; what is written then waits for the next start', async () => {
    const sender = new FakeSender();
    const relay = new OutboxRelay(new CommandOutbox(test.db, clock), sender, logger, options);
    await relay.start();
    await relay.stop();
    await test.db.transaction((tx) => relay.enqueue(tx, complete('22')));
    await relay.settled();
    assert.deepEqual(sender.sent, []);
    assert.equal((await new CommandOutbox(test.db).list()).length, 1);
  });
});
