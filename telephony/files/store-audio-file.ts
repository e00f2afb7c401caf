import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export interface StoredAudio {
  /** Relative to the files directory. */
  readonly storagePath: string;
  readonly sha256: string;
  readonly size: number;
  readonly contentType: string;
  readonly fileName: string;
}

/**
 * Writes a recording under the files directory, named by its SHA-256 as ticket attachments are
 * (`calls/ab/abcdef….wav`), so that the same audio is stored once. Written before any row names it.
 */
export async function storeAudioFile(filesDir: string, audio: Buffer, fileName: string): Promise<StoredAudio> {
  const sha256 = createHash('sha256').update(audio).digest('hex');
  const storagePath = path.posix.join('calls', sha256.slice(0, 2), `${sha256}.wav`);
  const target = path.join(filesDir, storagePath);
  await fs.mkdir(path.dirname(target), { recursive: true });
  // The same audio may be stored by two calls at once: each writes its own temporary file.
  const temporary = `${target}.${randomUUID()}.tmp`;
  await fs.writeFile(temporary, audio);
  await fs.rename(temporary, target);
  return { storagePath, sha256, size: audio.length, contentType: 'audio/wav', fileName };
}
