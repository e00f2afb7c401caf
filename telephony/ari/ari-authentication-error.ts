/** Asterisk refused the ARI user or password: a configuration fault, never retried. */
export class AriAuthenticationError extends Error {
  constructor(readonly url: string) {
    super(`ARI at ${url} refused the configured user and password`);
    this.name = 'AriAuthenticationError';
  }
}
