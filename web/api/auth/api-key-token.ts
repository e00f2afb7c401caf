import { randomBytes } from 'node:crypto';
import { hashToken, newSecretToken } from './secret-token.js';

export const API_KEY_PATTERN = /^pk_([0-9a-f]{8})_([A-Za-z0-9_-]{43})$/;

export interface NewApiKey {
  /** Shown once, when the key is created; never stored. */
  readonly key: string;
  /** Stored and shown in lists, so that an admin can tell keys apart. */
  readonly prefix: string;
  readonly hash: string;
}

/** `pk_<8 hex>_<256 random bits>`; CRM systems send it as `Authorization: Bearer pk_…`. */
export function newApiKey(): NewApiKey {
  const prefix = randomBytes(4).toString('hex');
  const key = `pk_${prefix}_${newSecretToken()}`;
  return { key, prefix, hash: hashToken(key) };
}

/** The key of an `Authorization: Bearer pk_…` header, undefined when there is none. */
export function bearerApiKey(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}
