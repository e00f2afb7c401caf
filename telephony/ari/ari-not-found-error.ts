import { NotFoundError } from '../../core/errors/not-found-error.js';

/** The channel, bridge, playback or recording is gone (for a channel: usually the caller hung up). */
export class AriNotFoundError extends NotFoundError {
  constructor(
    what: string,
    id: string,
    readonly operation: string,
    readonly status: number,
    readonly body: string,
  ) {
    super(what, id);
    this.name = 'AriNotFoundError';
  }
}
