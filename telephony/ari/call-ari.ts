import { AriTimeoutError } from './ari-timeout-error.js';
import { toAriError } from './to-ari-error.js';

/**
 * Runs one ari-client REST call with a deadline (ari-client never gives up on a dead Asterisk) and
 * rejects with our error classes instead of ari-client's bare `Error(body)`.
 */
export async function callAri<P extends object, T>(operation: string, params: P, run: (params: P) => Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new AriTimeoutError(operation, timeoutMs)), timeoutMs);
  });
  try {
    return await Promise.race([run(params), deadline]);
  } catch (error) {
    if (error instanceof AriTimeoutError) throw error;
    throw toAriError(operation, params as Readonly<Record<string, unknown>>, error);
  } finally {
    clearTimeout(timer);
  }
}
