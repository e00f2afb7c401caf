import argon2 from 'argon2';
import { newSecretToken } from './secret-token.js';

/** argon2id with the library's defaults (64 MiB, 3 passes), as the demo seed hashes too. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

/** Whether the password matches; a stored value that is not an argon2 hash (an account with no password) matches nothing. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  if (!hash.startsWith('$argon2')) {
    await verifyAgainstNothing(password);
    return false;
  }
  return argon2.verify(hash, password);
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the time a real verification takes, for logins with an unknown username, so that the
 * answer's timing does not tell which usernames exist.
 */
export async function verifyAgainstNothing(password: string): Promise<void> {
  dummyHash ??= hashPassword(newSecretToken());
  await argon2.verify(await dummyHash, password);
}
