import { createHash } from 'node:crypto';

/**
 * Kavenegar's `localid` for an idempotency key: a number (it takes integers), the same for the same
 * key, so that a message can be looked up by it after a send whose answer was lost.
 */
export function kavenegarLocalId(idempotencyKey: string): string {
  // 48 bits of the key's SHA-256: far inside a safe integer, collisions negligible at SMS volumes.
  return String(createHash('sha256').update(idempotencyKey).digest().readUIntBE(0, 6));
}
