import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchesExtension } from './extension-pattern.js';

describe('matchesExtension', () => {
  it('given the recorded operator pattern, when matching operator extensions, then op1..op3 match and others do not', () => {
    assert.equal(matchesExtension('_op.', 'op1'), true);
    assert.equal(matchesExtension('_op.', 'op'), false);
    assert.equal(matchesExtension('_op.', 'ivr'), false);
  });

  it('given digit classes, when matching, then X, Z and N keep their Asterisk meaning', () => {
    assert.equal(matchesExtension('_NXX', '200'), true);
    assert.equal(matchesExtension('_NXX', '100'), false);
    assert.equal(matchesExtension('_Z!', '7'), true);
  });
});
