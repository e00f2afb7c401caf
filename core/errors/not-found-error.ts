/** The thing asked for does not exist, or the actor may not know that it exists. */
export class NotFoundError extends Error {
  constructor(
    readonly what: string,
    readonly id: string | number,
  ) {
    super(`${what} ${id} was not found`);
    this.name = 'NotFoundError';
  }
}
