/**
 * An ARI call Asterisk refused for a reason that has no more specific class here (bad arguments,
 * a module not loaded, an allocation failure). `status` is the one Asterisk sends with this body, when known.
 */
export class AriRequestError extends Error {
  constructor(
    readonly operation: string,
    readonly status: number | undefined,
    readonly body: string,
  ) {
    super(`ARI ${operation} failed${status === undefined ? '' : ` (${status})`}: ${body}`);
    this.name = 'AriRequestError';
  }
}
