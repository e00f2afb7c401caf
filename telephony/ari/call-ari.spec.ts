import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TransientError } from '../../core/errors/transient-error.js';
import { AriNotFoundError } from './ari-not-found-error.js';
import { AriTimeoutError } from './ari-timeout-error.js';
import { callAri } from './call-ari.js';

describe('callAri', () => {
  it('given a call that answers, when run, then its value comes back', async () => {
    const value = await callAri('asterisk.ping', {}, async () => ({ ping: 'pong' }), 1000);

    assert.deepEqual(value, { ping: 'pong' });
  });

  it('given a call that never settles, as ari-client does when Asterisk is gone, when the deadline passes, then AriTimeoutError, a TransientError', async () => {
    const error = await callAri('channels.answer', { channelId: 'c' }, () => new Promise<never>(() => undefined), 20).catch((e: unknown) => e);

    assert.ok(error instanceof AriTimeoutError);
    assert.ok(error instanceof TransientError);
    assert.equal(error.operation, 'channels.answer');
  });

  it('given ari-client rejecting with a known body, when run, then the typed error names the object from the params', async () => {
    const error = await callAri('channels.answer', { channelId: 'gone' }, () => Promise.reject(new Error('{"message":"Channel not found"}')), 1000).catch((e: unknown) => e);

    assert.ok(error instanceof AriNotFoundError);
    assert.equal(error.id, 'gone');
  });
});
