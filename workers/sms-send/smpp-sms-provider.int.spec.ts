import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { TransientError } from '../../core/errors/transient-error.js';
import type { DeliveryReport } from '../../core/notifications/sms-outbox.js';
import { SmppSmsProvider } from './smpp-sms-provider.js';
import { SmsOutcomeUnknownError } from './sms-errors.js';
import { SmppTestServer } from './test-support/smpp-test-server.js';

const until = async (probe: () => boolean, what: string) => {
  for (let i = 0; i < 200 && !probe(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  assert.ok(probe(), what);
};

describe('SMPP provider against an SMPP server on loopback', () => {
  const server = new SmppTestServer('pishkhan', 'secret');
  let provider: SmppSmsProvider;
  const reports: DeliveryReport[] = [];
  before(async () => {
    await server.start();
    provider = new SmppSmsProvider({ url: server.url, systemId: 'pishkhan', password: 'secret', sourceAddr: '10004346', enquireLinkMs: 30_000, responseTimeoutMs: 2_000 });
    provider.onDeliveryReport((report) => reports.push(report));
  });
  after(async () => {
    await provider.close();
    await server.stop();
  });
  beforeEach(() => {
    server.mode = 'normal';
  });

  it('given a Persian message, when sent, then the SMSC gets it in UCS-2 with a delivery receipt requested and acknowledges it with an id', async () => {
    const result = await provider.send({ to: '+989121234567', text: 'درخواست ۱۲۳۴ ثبت شد', idempotencyKey: 'k1' });
    const submitted = server.submitted.at(-1)!;
    assert.deepEqual(result, { status: 'sent', providerMessageId: submitted.messageId });
    assert.equal(submitted.destination, '989121234567');
    assert.equal(submitted.text, 'درخواست ۱۲۳۴ ثبت شد');
    assert.equal(submitted.registeredDelivery, 1);
  });

  it('given a message longer than one segment, when sent, then it goes whole in the message payload', async () => {
    const text = 'درخواست شما در '.repeat(10);
    await provider.send({ to: '+989121234567', text, idempotencyKey: 'k2' });
    assert.equal(server.submitted.at(-1)?.text, text);
  });

  it('given a delivery receipt from the SMSC, when it arrives, then it is reported as delivered or undelivered', async () => {
    const sent = await provider.send({ to: '+989121234567', text: 'hello', idempotencyKey: 'k3' });
    const id = sent.status === 'sent' ? sent.providerMessageId! : '';
    server.receipt(id, 'DELIVRD');
    await until(() => reports.some((report) => report.providerMessageId === id), 'a receipt arrives');
    assert.equal(reports.find((report) => report.providerMessageId === id)?.status, 'delivered');
  });

  it('given a throttling SMSC, when sent, then it is worth retrying', async () => {
    server.mode = 'throttle';
    await assert.rejects(provider.send({ to: '+989121234567', text: 'x', idempotencyKey: 'k4' }), TransientError);
  });

  it('given the SMSC took the message and dropped the line before acknowledging, when sent, then the outcome is unknown; the next send binds again', async () => {
    server.mode = 'takeThenDrop';
    const before = server.submitted.length;
    await assert.rejects(provider.send({ to: '+989121234567', text: 'x', idempotencyKey: 'k5' }), SmsOutcomeUnknownError);
    assert.equal(server.submitted.length, before + 1, 'it did reach the SMSC');
    server.mode = 'normal';
    assert.equal((await provider.send({ to: '+989121234567', text: 'y', idempotencyKey: 'k6' })).status, 'sent');
  });

  it('given wrong credentials, when sending, then binding fails and nothing was sent', async () => {
    const wrong = new SmppSmsProvider({ url: server.url, systemId: 'pishkhan', password: 'wrong', sourceAddr: '10004346', enquireLinkMs: 30_000, responseTimeoutMs: 2_000 });
    await assert.rejects(wrong.send({ to: '+989121234567', text: 'x', idempotencyKey: 'k7' }), TransientError);
    await wrong.close();
  });
});
