/** A state-changing request authenticated by the session cookie came without the CSRF token; answered with 403. */
export class CsrfError extends Error {
  constructor() {
    super('missing or wrong CSRF token');
    this.name = 'CsrfError';
  }
}
