/**
 * Regenerates the recorded prompts of the contact center (telephony/prompts/fa/) from the catalogue
 * in core/ (numbers, Jalali dates, menus, statuses, tutorials): Persian speech from espeak-ng (voice
 * `fa`), turned by sox into what Asterisk plays without transcoding: WAV, 8 kHz, mono, 16-bit,
 * silence trimmed, normalized. Also writes prompts.json (name, text, milliseconds) beside them.
 *
 *   apt-get install -y espeak-ng sox
 *   npx tsx scripts/generate-prompts.ts            # every prompt
 *   npx tsx scripts/generate-prompts.ts ivr/       # only names starting with ivr/
 *
 * Tests do not need these tools: they read the committed files. Record a real voice by replacing a
 * file with the same name and format, then run the script with --manifest-only to update lengths.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RECORDED_PROMPTS } from '../core/telephony/telephony-prompts.js';
import { wavSeconds } from '../telephony/files/wav-seconds.js';

const root = path.resolve(import.meta.dirname, '..');
const target = path.join(root, 'telephony', 'prompts', 'fa');
const args = process.argv.slice(2);
const manifestOnly = args.includes('--manifest-only');
const only = args.filter((arg) => !arg.startsWith('--'));
/** Words per minute: a little slower than espeak's default, for callers on a phone line. */
const SPEED = '150';

function generate(name: string, text: string, scratch: string): void {
  const raw = path.join(scratch, 'raw.wav');
  const file = path.join(target, `${name}.wav`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  execFileSync('espeak-ng', ['-v', 'fa', '-s', SPEED, '-w', raw, text]);
  // Trim the silence espeak leaves at both ends, keep 50 ms either side, normalize to -3 dBFS.
  execFileSync('sox', [raw, '-D', '-r', '8000', '-c', '1', '-b', '16', '-e', 'signed-integer', file, 'silence', '1', '0.02', '0.5%', 'reverse', 'silence', '1', '0.02', '0.5%', 'reverse', 'pad', '0.05', '0.05', 'norm', '-3']);
}

if (!manifestOnly) {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'pishkhan-prompts-'));
  try {
    for (const prompt of RECORDED_PROMPTS) {
      if (only.length > 0 && !only.some((prefix) => prompt.name.startsWith(prefix))) continue;
      generate(prompt.name, prompt.text, scratch);
      process.stdout.write(`${prompt.name}\n`);
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

const manifest = RECORDED_PROMPTS.map((prompt) => {
  const file = path.join(target, `${prompt.name}.wav`);
  const durationMs = fs.existsSync(file) ? Math.round(wavSeconds(fs.readFileSync(file)) * 1000) : 0;
  return { name: prompt.name, text: prompt.text, durationMs };
});
fs.writeFileSync(path.join(target, 'prompts.json'), `${JSON.stringify(manifest, null, 1)}\n`);
const missing = manifest.filter((entry) => entry.durationMs === 0).map((entry) => entry.name);
if (missing.length > 0) {
  process.stderr.write(`missing prompts: ${missing.join(', ')}\n`);
  process.exit(1);
}
process.stdout.write(`${manifest.length} prompts, ${Math.round(manifest.reduce((sum, entry) => sum + entry.durationMs, 0) / 1000)} s in ${path.relative(root, target)}\n`);
