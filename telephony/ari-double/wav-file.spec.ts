import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { silentWav } from './wav-file.js';

describe('silentWav', () => {
  it('given 3.1 seconds, when built, then it has the size and header of the recorded 8 kHz 16-bit file', () => {
    const wav = silentWav(3.1);

    assert.equal(wav.length, 49644);
    assert.equal(wav.subarray(0, 16).toString('hex'), '52494646e4c1000057415645666d7420');
    assert.equal(wav.readUInt32LE(24), 8000);
    assert.equal(wav.readUInt16LE(34), 16);
  });
});
