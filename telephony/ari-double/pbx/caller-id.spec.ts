import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCallerId } from './caller-id.js';

describe('parseCallerId', () => {
  it('given a name and number, when parsed, then both are kept as in the recorded originate', () => {
    assert.deepEqual(parseCallerId('Test Caller <1001>'), { name: 'Test Caller', number: '1001' });
    assert.deepEqual(parseCallerId('xferop <xferop>'), { name: 'xferop', number: 'xferop' });
  });

  it('given a bare number with punctuation, when parsed, then it becomes the shrunk number', () => {
    assert.deepEqual(parseCallerId('(021) 555-1234'), { name: '', number: '0215551234' });
  });

  it('given nothing, when parsed, then name and number are empty', () => {
    assert.deepEqual(parseCallerId(undefined), { name: '', number: '' });
  });
});
