import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { RECORDED_PROMPTS } from '../../core/telephony/telephony-prompts.js';
import { wavSeconds } from '../files/wav-seconds.js';

const folder = path.join(import.meta.dirname, 'fa');
const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'prompts.json'), 'utf8')) as { name: string; text: string; durationMs: number }[];

describe('the recorded prompts in telephony/prompts', () => {
  it('given the catalogue, when the files are read, then every prompt is there as the WAV Asterisk plays natively (8 kHz, mono, 16-bit PCM)', () => {
    for (const prompt of RECORDED_PROMPTS) {
      const file = fs.readFileSync(path.join(folder, `${prompt.name}.wav`));
      assert.equal(file.toString('ascii', 0, 4), 'RIFF', prompt.name);
      assert.equal(file.readUInt16LE(20), 1, `${prompt.name}: PCM`);
      assert.equal(file.readUInt16LE(22), 1, `${prompt.name}: mono`);
      assert.equal(file.readUInt32LE(24), 8000, `${prompt.name}: 8 kHz`);
      assert.equal(file.readUInt16LE(34), 16, `${prompt.name}: 16-bit`);
      assert.ok(wavSeconds(file) > 0.1, `${prompt.name}: not empty`);
    }
  });

  it('given the manifest, when compared with the catalogue, then it was generated from today’s texts (run scripts/generate-prompts.ts after changing one)', () => {
    assert.deepEqual(
      manifest.map((entry) => [entry.name, entry.text]),
      RECORDED_PROMPTS.map((prompt) => [prompt.name, prompt.text]),
    );
    for (const entry of manifest) assert.equal(entry.durationMs, Math.round(wavSeconds(fs.readFileSync(path.join(folder, `${entry.name}.wav`))) * 1000), entry.name);
  });
});
