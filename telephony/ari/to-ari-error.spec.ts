import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NotFoundError } from '../../core/errors/not-found-error.js';
import { TransientError } from '../../core/errors/transient-error.js';
import { AriConflictError } from './ari-conflict-error.js';
import { AriNotFoundError } from './ari-not-found-error.js';
import { AriRequestError } from './ari-request-error.js';
import { AriUnavailableError } from './ari-unavailable-error.js';
import { toAriError } from './to-ari-error.js';

/** What ari-client rejects with: a plain Error carrying the response body (errors.json). */
const rejected = (body: string) => new Error(body);

describe('toAriError', () => {
  it('given the recorded "Channel not found", when classified, then it is a NotFoundError naming the channel', () => {
    const error = toAriError('channels.get', { channelId: 'does-not-exist' }, rejected('{"message":"Channel not found"}'));

    assert.ok(error instanceof AriNotFoundError);
    assert.ok(error instanceof NotFoundError);
    assert.equal(error.what, 'channel');
    assert.equal(error.id, 'does-not-exist');
    assert.equal(error.status, 404);
  });

  it('given "Bridge not found" and "Recording not found" as recorded, when classified, then each names its object', () => {
    const bridge = toAriError('bridges.addChannel', { bridgeId: 'nope', channel: 'x' }, rejected('{"message":"Bridge not found"}'));
    const recording = toAriError('recordings.getStored', { recordingName: 'nope' }, rejected('{"message":"Recording not found"}'));

    assert.ok(bridge instanceof AriNotFoundError && bridge.what === 'bridge' && bridge.id === 'nope');
    assert.ok(recording instanceof AriNotFoundError && recording.what === 'recording');
  });

  it('given a channel missing from addChannel, when classified, then it is not found with the 400 Asterisk uses there', () => {
    const error = toAriError('bridges.addChannel', { bridgeId: 'b', channel: 'gone' }, rejected('{"message":"Channel not found"}'));

    assert.ok(error instanceof AriNotFoundError);
    assert.equal(error.id, 'gone');
    assert.equal(error.status, 400);
  });

  it('given a channel that left Stasis, when classified, then it is a conflict with the status of its resource', () => {
    const channels = toAriError('channels.play', { channelId: 'c' }, rejected('{"message":"Channel not in Stasis application"}'));
    const bridges = toAriError('bridges.addChannel', { channel: 'c' }, rejected('{"message":"Channel not in Stasis application"}'));

    assert.ok(channels instanceof AriConflictError && channels.status === 409);
    assert.ok(bridges instanceof AriConflictError && bridges.status === 422);
  });

  it('given a body naming the call’s arguments, when classified, then it is recognised whole, not by searching', () => {
    const taken = toAriError('channels.record', { name: 'msg-1' }, rejected(`{"message":"Recording 'msg-1' already exists and can not be overwritten"}`));
    const other = toAriError('channels.record', { name: 'msg-2' }, rejected(`{"message":"Recording 'msg-1' already exists and can not be overwritten"}`));

    assert.ok(taken instanceof AriConflictError);
    assert.ok(other instanceof AriRequestError && !(other instanceof AriConflictError));
  });

  it('given a 400 Asterisk answers for a bad call, when classified, then it is a request error with that status', () => {
    const error = toAriError('channels.originate', {}, rejected('{"message":"Endpoint must be specified"}'));

    assert.ok(error instanceof AriRequestError);
    assert.equal(error.status, 400);
  });

  it('given the allocation failure of an unreachable endpoint, when classified, then it is a request error with 500', () => {
    const error = toAriError('channels.originate', { endpoint: 'PJSIP/op9' }, rejected('{"error":"Allocation failed"}'));

    assert.ok(error instanceof AriRequestError && error.status === 500);
  });

  it('given an unknown body, when classified, then it stays an AriRequestError without a guessed status', () => {
    const error = toAriError('channels.play', {}, rejected('{"message":"Something new in Asterisk 24"}'));

    assert.ok(error instanceof AriRequestError && error.status === undefined);
  });

  it('given Asterisk still booting or a refused connection, when classified, then it is transient', () => {
    const booting = toAriError('channels.list', {}, rejected('{"message":"Asterisk not booted"}'));
    const refused = toAriError('channels.list', {}, Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8088'), { code: 'ECONNREFUSED' }));

    assert.ok(booting instanceof AriUnavailableError && booting instanceof TransientError);
    assert.ok(refused instanceof AriUnavailableError);
  });

  it('given something that is not an ARI body, when classified, then it is returned unchanged', () => {
    const bug = new TypeError('cannot read properties of undefined');

    assert.equal(toAriError('channels.list', {}, bug), bug);
  });
});
