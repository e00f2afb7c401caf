/** A failure worth retrying later (a gateway answered 5xx, a connection timed out). */
export class TransientError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TransientError';
  }
}
