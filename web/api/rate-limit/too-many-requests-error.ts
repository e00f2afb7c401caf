/** A caller went over a rate limit; answered with 429 and `Retry-After`. */
export class TooManyRequestsError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`rate limit exceeded; retry after ${retryAfterSeconds} s`);
    this.name = 'TooManyRequestsError';
  }
}
