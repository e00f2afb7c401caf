import { TransientError } from '../../core/errors/transient-error.js';

/** Asterisk did not answer in time; ari-client itself never gives up on a dead connection. */
export class AriTimeoutError extends TransientError {
  constructor(
    readonly operation: string,
    readonly timeoutMs: number,
  ) {
    super(`ARI ${operation} got no answer within ${timeoutMs} ms`);
    this.name = 'AriTimeoutError';
  }
}
