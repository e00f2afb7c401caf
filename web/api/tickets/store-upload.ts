import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import path from 'node:path';

export interface StoredFile {
  readonly sha256: string;
  /** Relative to the files directory. */
  readonly storagePath: string;
  /** False when the same content was stored before (the file is shared). */
  readonly created: boolean;
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function fsyncPath(target: string): Promise<void> {
  const handle = await fs.open(target, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Moves an uploaded file under `filesDir/tickets/<ab>/<sha256>`, named by its SHA-256 so that the
 * same content is stored once, and makes it durable (the file and its directory fsynced) before the
 * caller commits the row that points at it: a crash never leaves a row without its file.
 */
export async function storeUpload(filesDir: string, uploaded: string): Promise<StoredFile> {
  const sha256 = await sha256Of(uploaded);
  const storagePath = path.join('tickets', sha256.slice(0, 2), sha256);
  const target = path.join(filesDir, storagePath);
  await fs.mkdir(path.dirname(target), { recursive: true });
  try {
    await fs.access(target);
    return { sha256, storagePath, created: false };
  } catch {
    // Not stored yet.
  }
  await fsyncPath(uploaded);
  await fs.rename(uploaded, target);
  await fsyncPath(path.dirname(target));
  return { sha256, storagePath, created: true };
}
