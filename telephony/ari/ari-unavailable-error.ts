import { TransientError } from '../../core/errors/transient-error.js';

/** Asterisk cannot be reached or is not ready (connection refused, not connected yet, not booted). */
export class AriUnavailableError extends TransientError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AriUnavailableError';
  }
}
