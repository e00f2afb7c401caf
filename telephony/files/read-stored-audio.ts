import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { StoredAudio } from './store-audio-file.js';

/** A recording stored earlier by `storeAudioFile`, described again for another attachment. */
export async function readStoredAudio(filesDir: string, storagePath: string, fileName: string): Promise<StoredAudio> {
  const audio = await fs.readFile(path.join(filesDir, storagePath));
  return { storagePath, sha256: createHash('sha256').update(audio).digest('hex'), size: audio.length, contentType: 'audio/wav', fileName };
}
