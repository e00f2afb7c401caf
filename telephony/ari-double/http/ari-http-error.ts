/** An error answer of the ARI, with the body Asterisk sends (`{"message": …}` unless told otherwise). */
export class AriHttpError extends Error {
  readonly body: Record<string, unknown>;

  constructor(
    readonly status: number,
    message: string,
    body?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AriHttpError';
    this.body = body ?? { message };
  }
}

/** `ast_ari_response_alloc_failed`: what Asterisk answers when it could not create a channel. */
export function allocationFailed(): AriHttpError {
  return new AriHttpError(500, 'Allocation failed', { error: 'Allocation failed' });
}
