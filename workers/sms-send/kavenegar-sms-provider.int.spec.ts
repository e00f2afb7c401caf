import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { TransientError } from '../../core/errors/transient-error.js';
import { KavenegarSmsProvider } from './kavenegar-sms-provider.js';
import { SmsOutcomeUnknownError, SmsRejectedError } from './sms-errors.js';
import { KavenegarDouble } from './test-support/kavenegar-double.js';

describe('Kavenegar provider against a local double of its API', () => {
  const double = new KavenegarDouble('test-api-key', '10004346');
  let provider: KavenegarSmsProvider;
  before(async () => {
    await double.start();
    provider = new KavenegarSmsProvider({ apiKey: 'test-api-key', sender: '10004346', baseUrl: double.url, timeoutMs: 2_000 });
  });
  after(() => double.stop());
  beforeEach(() => {
    double.mode = 'normal';
  });

  it('given a message, when sent, then Kavenegar gets it in national form with a localid, and its message id comes back', async () => {
    const result = await provider.send({ to: '+989121234567', text: 'درخواست شما ثبت شد', idempotencyKey: 'ticket.registered:action-1:+989121234567' });
    assert.equal(result.status, 'sent');
    const entry = double.sent.at(-1)!;
    assert.equal(result.status === 'sent' && result.providerMessageId, String(entry.messageid));
    assert.equal(entry.receptor, '09121234567');
    assert.equal(entry.message, 'درخواست شما ثبت شد');
    assert.match(entry.localid ?? '', /^\d+$/);
  });

  it('given the answer was lost after Kavenegar took the message, when sent, then the outcome is unknown, and a lookup by the key finds it', async () => {
    double.mode = 'acceptThenHangUp';
    const key = 'ticket.resolved:action-9:+989121234567';
    await assert.rejects(provider.send({ to: '+989121234567', text: 'انجام شد', idempotencyKey: key }), SmsOutcomeUnknownError);
    double.mode = 'normal';
    const found = await provider.lookup(key);
    assert.deepEqual(found, { found: true, providerMessageId: String(double.sent.at(-1)!.messageid) });
    assert.deepEqual(await provider.lookup('never-sent'), { found: false });
  });

  it('given a bad API key, a bad number or no credit, when sent, then the first two are rejected for good and the last is retried later', async () => {
    const wrongKey = new KavenegarSmsProvider({ apiKey: 'wrong', sender: '10004346', baseUrl: double.url, timeoutMs: 2_000 });
    await assert.rejects(wrongKey.send({ to: '+989121234567', text: 'x', idempotencyKey: 'a' }), (error) => error instanceof SmsRejectedError && error.code === 403);
    await assert.rejects(provider.send({ to: '+982188776655', text: 'x', idempotencyKey: 'b' }), (error) => error instanceof SmsRejectedError && error.code === 411);
    double.mode = 'noCredit';
    await assert.rejects(provider.send({ to: '+989121234567', text: 'x', idempotencyKey: 'c' }), TransientError);
    double.mode = 'serverError';
    await assert.rejects(provider.send({ to: '+989121234567', text: 'x', idempotencyKey: 'd' }), SmsOutcomeUnknownError, 'a 5xx may have been taken');
  });

  it('given Kavenegar is unreachable, when sent, then nothing went out and it is worth retrying', async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as net.AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const down = new KavenegarSmsProvider({ apiKey: 'test-api-key', sender: '10004346', baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 2_000 });
    await assert.rejects(down.send({ to: '+989121234567', text: 'x', idempotencyKey: 'e' }), TransientError);
  });

  it('given sent messages, when their statuses are polled, then delivered and undelivered ones are reported and pending ones are not', async () => {
    const ids: string[] = [];
    for (const key of ['s1', 's2', 's3']) {
      const result = await provider.send({ to: '+989121234567', text: key, idempotencyKey: key });
      if (result.status === 'sent' && result.providerMessageId) ids.push(result.providerMessageId);
    }
    double.deliver(Number(ids[0]), 10);
    double.deliver(Number(ids[1]), 11);
    const reports = await provider.deliveryStatuses(ids);
    assert.deepEqual(reports.map((report) => [report.providerMessageId, report.status]), [[ids[0], 'delivered'], [ids[1], 'undelivered']]);
  });
});
