import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import pino from 'pino';
import { TransientError } from '../../core/errors/transient-error.js';
import { OUTBOX_PROVIDER, type QueuedSms } from '../../core/notifications/sms-outbox.js';
import { SqlSmsOutbox } from '../../database/repositories/sms/sql-sms-outbox.js';
import { createTestDatabase, type TestDatabase } from '../../database/test-support/test-database.js';
import { KavenegarSmsProvider } from './kavenegar-sms-provider.js';
import { outboxSmsProvider } from './outbox-sms-provider.js';
import { SmsDispatcher, DEFAULT_SMS_DISPATCHER_OPTIONS } from './sms-dispatcher.js';
import { SmsRejectedError } from './sms-errors.js';
import type { SmsMessage, SmsProvider } from './sms-provider.js';
import { SmppSmsProvider } from './smpp-sms-provider.js';
import { KavenegarDouble } from './test-support/kavenegar-double.js';
import { SmppTestServer } from './test-support/smpp-test-server.js';

type Row = Record<string, unknown>;
const logger = pino({ level: 'silent' });
const options = { ...DEFAULT_SMS_DISPATCHER_OPTIONS, backoffMs: 60_000, maxAttempts: 3, statusPollMs: 0 };

describe('SMS dispatcher over the outbox', () => {
  let database: TestDatabase;
  let outbox: SqlSmsOutbox;
  let time = Date.parse('2026-01-03T06:30:00Z');
  const clock = { now: () => new Date(time) };
  let sequence = 0;

  before(async () => {
    database = await createTestDatabase();
    outbox = new SqlSmsOutbox(database.db);
  });
  after(() => database.dispose());
  beforeEach(async () => {
    await database.db.transaction((tx) => tx.sql.all('DELETE FROM sms_messages'));
  });

  const message = (): QueuedSms => ({ idempotencyKey: `key-${++sequence}`, event: 'ticket.registered', ticketId: null, to: '+989121234567', language: 'fa', body: 'سلام' });
  const rows = () => database.db.read.all<Row>('SELECT idempotency_key, status, attempts, provider_message_id, last_error FROM sms_messages ORDER BY id');

  /** A provider scripted per call: 'sent', or an error to throw. */
  function scripted(outcomes: Array<'sent' | Error>): SmsProvider & { calls: SmsMessage[] } {
    const calls: SmsMessage[] = [];
    return {
      name: 'scripted',
      calls,
      send: async (sms) => {
        calls.push(sms);
        const outcome = outcomes.shift() ?? 'sent';
        if (outcome instanceof Error) throw outcome;
        return { status: 'sent', providerMessageId: `P${calls.length}` };
      },
    };
  }

  it('given the default outbox provider, when messages are queued for it, then they are stored for the admin at once and the dispatcher finds nothing to send', async () => {
    await outbox.enqueue([message(), message()], OUTBOX_PROVIDER, clock.now());
    assert.deepEqual((await rows()).map((row) => [row.status, row.attempts]), [['stored', 0], ['stored', 0]]);
    assert.deepEqual(await outbox.claimDue(clock.now(), 10, new Date(time + 60_000)), []);
  });

  it('given messages left queued for the outbox provider, when dispatched, then they are stored and not sent anywhere', async () => {
    await outbox.enqueue([message(), message()], 'queued-before', clock.now());
    await new SmsDispatcher(outbox, outboxSmsProvider, clock, logger, options).runOnce();
    assert.deepEqual((await rows()).map((row) => row.status), ['stored', 'stored']);
  });

  it('given one key queued twice, when enqueued, then the outbox holds it once', async () => {
    const sms = message();
    assert.equal(await outbox.enqueue([sms], 'outbox', clock.now()), 1);
    assert.equal(await outbox.enqueue([sms], 'outbox', clock.now()), 0);
    assert.equal((await rows()).length, 1);
  });

  it('given transient failures, when dispatched over time, then it is retried with growing backoff and gives up after the last attempt', async () => {
    const provider = scripted([new TransientError('gateway 503'), new TransientError('gateway 503'), 'sent']);
    const dispatcher = new SmsDispatcher(outbox, { ...provider, name: 'scripted' }, clock, logger, options);
    await outbox.enqueue([message()], 'scripted', clock.now());
    await dispatcher.runOnce();
    assert.equal((await rows())[0]?.status, 'queued');
    time += 59_000;
    await dispatcher.runOnce();
    assert.equal(provider.calls.length, 1, 'not before the first backoff (60 s)');
    time += 1_000;
    await dispatcher.runOnce();
    assert.equal(provider.calls.length, 2);
    time += 119_000;
    await dispatcher.runOnce();
    assert.equal(provider.calls.length, 2, 'the second backoff is doubled');
    time += 1_000;
    await dispatcher.runOnce();
    assert.deepEqual((await rows()).map((row) => [row.status, Number(row.attempts), row.provider_message_id]), [['sent', 3, 'P3']]);

    const failing = scripted([new TransientError('down'), new TransientError('down'), new TransientError('down')]);
    await outbox.enqueue([message()], 'scripted', clock.now());
    const giving = new SmsDispatcher(outbox, failing, clock, logger, options);
    for (let i = 0; i < 4; i++) {
      await giving.runOnce();
      time += 3_600_000;
    }
    assert.equal(failing.calls.length, 3);
    assert.equal((await rows())[1]?.status, 'failed');
  });

  it('given a round that is sending, when another round is asked for, then it ends only once what was due is sent', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const provider: SmsProvider = { name: 'slow', send: async () => (await gate, { status: 'sent', providerMessageId: 'P' }) };
    const dispatcher = new SmsDispatcher(outbox, provider, clock, logger, options);
    await outbox.enqueue([message(), message()], 'slow', clock.now());
    const first = dispatcher.runOnce();
    for (let tries = 0; (await rows()).every((row) => row.status !== 'sending'); tries++) {
      assert.ok(tries < 400, 'the first round claims the messages');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    let secondDone = false;
    const second = dispatcher.runOnce().then(() => (secondDone = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(secondDone, false, 'the second round waits for the messages the first one claimed');
    release();
    await Promise.all([first, second]);
    assert.deepEqual((await rows()).map((row) => row.status), ['sent', 'sent']);
  });

  it('given a rejection or an unknown outcome, when dispatched, then it is never tried again', async () => {
    const provider = scripted([new SmsRejectedError('bad number', 411), new Error('socket hang up after write')]);
    const dispatcher = new SmsDispatcher(outbox, provider, clock, logger, options);
    await outbox.enqueue([message(), message()], 'scripted', clock.now());
    await dispatcher.runOnce();
    time += 86_400_000;
    await dispatcher.runOnce();
    assert.deepEqual((await rows()).map((row) => row.status), ['failed', 'unknown']);
    assert.equal(provider.calls.length, 2);
  });

  it('given the process died between claiming and recording a send, when restarted, then the message is unknown and not sent twice (at most once)', async () => {
    await outbox.enqueue([message()], 'smpp', clock.now());
    const claimed = await outbox.claimDue(clock.now(), 10, new Date(time + options.leaseMs));
    assert.equal(claimed.length, 1);
    // …the process is killed here, before or after the gateway took the message.
    time += options.leaseMs + 1;
    const restarted = scripted([]);
    const dispatcher = new SmsDispatcher(outbox, { ...restarted, name: 'smpp' }, clock, logger, options);
    await dispatcher.start();
    await dispatcher.stop();
    await dispatcher.runOnce();
    assert.equal(restarted.calls.length, 0);
    assert.equal((await rows())[0]?.status, 'unknown');
  });

  describe('with Kavenegar (its double)', () => {
    const double = new KavenegarDouble('key', '10004346');
    before(() => double.start());
    after(() => double.stop());

    it('given the answer to a send was lost, when the dispatcher settles unknown outcomes, then it finds the message by its key and records it as sent without sending it again', async () => {
      const provider = new KavenegarSmsProvider({ apiKey: 'key', sender: '10004346', baseUrl: double.url, timeoutMs: 2_000, now: clock.now });
      const dispatcher = new SmsDispatcher(outbox, provider, clock, logger, options);
      double.mode = 'acceptThenHangUp';
      await outbox.enqueue([message()], 'kavenegar', clock.now());
      await dispatcher.runOnce();
      double.mode = 'normal';
      await dispatcher.runOnce();
      const [row] = await rows();
      assert.equal(row?.status, 'sent');
      assert.equal(row?.provider_message_id, String(double.sent.at(-1)?.messageid));
      assert.equal(double.sendRequests, 1, 'one send reached Kavenegar');

      double.deliver(Number(row?.provider_message_id), 10);
      time += 120_000;
      await dispatcher.runOnce();
      assert.equal((await rows())[0]?.status, 'delivered');
    });

    it('given a lookup that finds nothing, when settled, then the message is queued again and sent', async () => {
      const provider = new KavenegarSmsProvider({ apiKey: 'key', sender: '10004346', baseUrl: double.url, timeoutMs: 2_000 });
      const dispatcher = new SmsDispatcher(outbox, provider, clock, logger, options);
      double.mode = 'serverError';
      await outbox.enqueue([message()], 'kavenegar', clock.now());
      await dispatcher.runOnce();
      double.mode = 'normal';
      await dispatcher.runOnce();
      await dispatcher.runOnce();
      assert.equal((await rows())[0]?.status, 'sent');
    });
  });

  describe('with SMPP (a loopback server)', () => {
    const server = new SmppTestServer('pishkhan', 'secret');
    before(() => server.start());
    after(() => server.stop());

    it('given a delivery receipt, when it arrives, then the message is recorded as delivered', async () => {
      const provider = new SmppSmsProvider({ url: server.url, systemId: 'pishkhan', password: 'secret', sourceAddr: '10004346', enquireLinkMs: 30_000, responseTimeoutMs: 2_000, now: clock.now });
      const dispatcher = new SmsDispatcher(outbox, provider, clock, logger, options);
      await outbox.enqueue([message()], 'smpp', clock.now());
      await dispatcher.runOnce();
      const [sent] = await rows();
      assert.equal(sent?.status, 'sent');
      server.receipt(String(sent?.provider_message_id), 'DELIVRD');
      for (let i = 0; i < 100 && (await rows())[0]?.status !== 'delivered'; i++) await new Promise((resolve) => setTimeout(resolve, 10));
      assert.equal((await rows())[0]?.status, 'delivered');
      await provider.close();
    });
  });
});
