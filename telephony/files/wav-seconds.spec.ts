import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { silentWav } from '../ari-double/wav-file.js';
import { wavSeconds } from './wav-seconds.js';

describe('wavSeconds', () => {
  it('given an 8 kHz 16-bit WAV of 3.1 s, when measured, then 3.1', () => {
    assert.equal(wavSeconds(silentWav(3.1)), 3.1);
  });

  it('given anything else, when measured, then 0', () => {
    assert.equal(wavSeconds(Buffer.from('not audio')), 0);
  });
});
